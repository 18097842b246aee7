package linkcheck

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Cache keeps definitive results on disk (go.etcd.io/bbolt), one
// transaction a result, so a run killed half-way keeps what it checked.
type Cache struct {
	db *bolt.DB
}

var resultsBucket = []byte("results")

// OpenCache opens, or creates, the cache at path.
func OpenCache(path string) (*Cache, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("cache %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("cache %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(resultsBucket)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("cache %s: %w", path, err)
	}
	return &Cache{db: db}, nil
}

// DefaultCachePath is linkgraph/check.db in the user cache directory.
func DefaultCachePath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "linkgraph", "check.db"), nil
}

// Close closes the cache.
func (c *Cache) Close() error { return c.db.Close() }

// Get returns the result cached under key when it is younger than maxAge.
func (c *Cache) Get(key string, now time.Time, maxAge time.Duration) (Result, bool) {
	var r Result
	found := false
	c.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(resultsBucket).Get([]byte(key))
		if v != nil && json.Unmarshal(v, &r) == nil && now.Sub(r.CheckedAt) < maxAge && r.Status.Definitive() {
			found = true
		}
		return nil
	})
	r.FromCache = found
	return r, found
}

// Put stores a definitive result under key; others are never cached.
func (c *Cache) Put(key string, r Result) error {
	if !r.Status.Definitive() {
		return nil
	}
	r.FromCache = false
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return c.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(resultsBucket).Put([]byte(key), v)
	})
}

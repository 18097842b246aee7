// Command fakegithub is a loopback stand-in for GitHub for bench/check.sh:
// every repository page answers 200 after a fixed latency, and /graphql
// answers batched repository queries after the same latency. It prints its
// address on stdout, and the request count on /stats.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

func main() {
	latency := flag.Duration("latency", 50*time.Millisecond, "delay before each answer")
	flag.Parse()
	var pages, queries atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/stats", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "pages %d graphql %d\n", pages.Load(), queries.Load())
	})
	mux.HandleFunc("/graphql", func(w http.ResponseWriter, r *http.Request) {
		queries.Add(1)
		time.Sleep(*latency)
		var body struct{ Query string }
		json.NewDecoder(r.Body).Decode(&body)
		data := map[string]any{}
		for _, line := range strings.Split(body.Query, "\n") {
			alias, rest, ok := strings.Cut(strings.TrimSpace(line), ": repository(owner: ")
			if !ok {
				continue
			}
			f := strings.Split(rest, `"`)
			if len(f) < 4 {
				continue
			}
			data[alias] = map[string]any{"nameWithOwner": f[1] + "/" + f[3], "url": "https://github.com/" + f[1] + "/" + f[3]}
		}
		json.NewEncoder(w).Encode(map[string]any{"data": data})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		pages.Add(1)
		time.Sleep(*latency)
		w.WriteHeader(http.StatusOK)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakegithub:", err)
		os.Exit(1)
	}
	fmt.Printf("http://%s\n", ln.Addr())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintln(os.Stderr, "fakegithub:", err)
		os.Exit(1)
	}
}

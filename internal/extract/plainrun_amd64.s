//go:build !purego

#include "textflag.h"

// func plainBlocks(s string) int
//
// For each block of sixteen bytes: a byte needs escaping in JSON when it is
// 0x1f or less (its saturated difference from 0x1f is zero), a quote
// (0x22), a backslash (0x5c), or 0x80 or more (its top bit). The blocks
// are tested until one holds such a byte or fewer than sixteen are left.
TEXT ·plainBlocks(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	XORQ AX, AX

	MOVQ $0x1f1f1f1f1f1f1f1f, CX
	MOVQ CX, X1
	PUNPCKLQDQ X1, X1 // X1: sixteen 0x1f
	MOVQ $0x2222222222222222, CX
	MOVQ CX, X2
	PUNPCKLQDQ X2, X2 // X2: sixteen quotes
	MOVQ $0x5c5c5c5c5c5c5c5c, CX
	MOVQ CX, X3
	PUNPCKLQDQ X3, X3 // X3: sixteen backslashes
	PXOR X4, X4       // X4: zero

loop:
	LEAQ 16(AX), CX
	CMPQ CX, BX
	JGT  done
	MOVOU (SI)(AX*1), X0
	MOVOU X0, X5
	PSUBUSB X1, X5    // zero where the byte is 0x1f or less
	PCMPEQB X4, X5    // 0xff there
	MOVOU X0, X6
	PCMPEQB X2, X6    // 0xff at quotes
	POR  X6, X5
	MOVOU X0, X6
	PCMPEQB X3, X6    // 0xff at backslashes
	POR  X6, X5
	POR  X0, X5       // and the top bit of bytes of 0x80 or more
	PMOVMSKB X5, DX
	TESTL DX, DX
	JNZ  done
	MOVQ CX, AX
	JMP  loop

done:
	MOVQ AX, ret+16(FP)
	RET

// func asciiBlocks(s string) int
//
// plainBlocks without the quote and backslash tests: a byte of 0x1f or
// less, or of 0x80 or more, ends the run.
TEXT ·asciiBlocks(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	XORQ AX, AX

	MOVQ $0x1f1f1f1f1f1f1f1f, CX
	MOVQ CX, X1
	PUNPCKLQDQ X1, X1 // X1: sixteen 0x1f
	PXOR X4, X4       // X4: zero

ascii:
	LEAQ 16(AX), CX
	CMPQ CX, BX
	JGT  asciidone
	MOVOU (SI)(AX*1), X0
	MOVOU X0, X5
	PSUBUSB X1, X5    // zero where the byte is 0x1f or less
	PCMPEQB X4, X5    // 0xff there
	POR  X0, X5       // and the top bit of bytes of 0x80 or more
	PMOVMSKB X5, DX
	TESTL DX, DX
	JNZ  asciidone
	MOVQ CX, AX
	JMP  ascii

asciidone:
	MOVQ AX, ret+16(FP)
	RET

//go:build !purego

#include "textflag.h"

// func wwwBlocks(s string) int
//
// For each block of sixteen starting places: a place may start "www." when
// its byte and the next two, with bit 0x20 set, are 'w' (so 'w' or 'W'),
// and the third after it is '.'. Four loads, one byte apart, test the
// sixteen places at once. The blocks are tested until one holds such a
// place or fewer than nineteen bytes are left.
TEXT ·wwwBlocks(SB), NOSPLIT, $0-24
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	XORQ AX, AX

	MOVQ $0x2020202020202020, CX
	MOVQ CX, X6
	PUNPCKLQDQ X6, X6 // X6: sixteen 0x20
	MOVQ $0x7777777777777777, CX
	MOVQ CX, X7
	PUNPCKLQDQ X7, X7 // X7: sixteen 'w'
	MOVQ $0x2e2e2e2e2e2e2e2e, CX
	MOVQ CX, X8
	PUNPCKLQDQ X8, X8 // X8: sixteen '.'

loop:
	LEAQ 19(AX), CX
	CMPQ CX, BX
	JGT  done
	MOVOU (SI)(AX*1), X0
	MOVOU 1(SI)(AX*1), X1
	MOVOU 2(SI)(AX*1), X2
	MOVOU 3(SI)(AX*1), X3
	POR  X6, X0
	PCMPEQB X7, X0    // 0xff where the place's byte is w or W
	POR  X6, X1
	PCMPEQB X7, X1    // and the next
	POR  X6, X2
	PCMPEQB X7, X2    // and the one after
	PCMPEQB X8, X3    // and a full stop follows
	PAND X1, X0
	PAND X2, X0
	PAND X3, X0
	PMOVMSKB X0, DX
	TESTL DX, DX
	JNZ  done
	ADDQ $16, AX
	JMP  loop

done:
	MOVQ AX, ret+16(FP)
	RET

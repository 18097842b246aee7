//go:build !purego

#include "textflag.h"

// func blocksWithout(s string, a, b byte) int
//
// For each block of sixteen bytes: a byte ends the run when it is 0x1f or
// less (its saturated difference from 0x1f is zero), 0x80 or more (its top
// bit), or equal to a or b. The blocks are tested until one holds such a
// byte or fewer than sixteen are left.
TEXT ·blocksWithout(SB), NOSPLIT, $0-32
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), BX
	XORQ AX, AX

	MOVQ $0x0101010101010101, R8
	MOVQ $0x1f, CX
	IMULQ R8, CX
	MOVQ CX, X1
	PUNPCKLQDQ X1, X1 // X1: sixteen 0x1f
	MOVBQZX a+16(FP), CX
	IMULQ R8, CX
	MOVQ CX, X2
	PUNPCKLQDQ X2, X2 // X2: sixteen a
	MOVBQZX b+17(FP), CX
	IMULQ R8, CX
	MOVQ CX, X3
	PUNPCKLQDQ X3, X3 // X3: sixteen b
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
	PCMPEQB X2, X6    // 0xff where it is a
	POR  X6, X5
	MOVOU X0, X6
	PCMPEQB X3, X6    // 0xff where it is b
	POR  X6, X5
	POR  X0, X5       // and the top bit of bytes of 0x80 or more
	PMOVMSKB X5, DX
	TESTL DX, DX
	JNZ  done
	MOVQ CX, AX
	JMP  loop

done:
	MOVQ AX, ret+24(FP)
	RET

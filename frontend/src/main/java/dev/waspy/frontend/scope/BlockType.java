package dev.waspy.frontend.scope;

/**
 * The kinds of block of CPython's symbol table. Lambdas and comprehensions (generator expressions
 * included) are function blocks. An annotation block holds the names of an annotation under
 * {@code from __future__ import annotations}: CPython never evaluates it, so it is nobody's child.
 */
public enum BlockType {
    FUNCTION, CLASS, MODULE, ANNOTATION
}

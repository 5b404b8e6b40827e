package dev.waspy.frontend.syntax.ast;

/** A complex constant; the parser only makes pure imaginary ones ({@code 2j}), as CPython does. */
public record PyComplex(double real, double imag) {}

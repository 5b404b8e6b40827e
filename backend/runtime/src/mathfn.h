/* mathfn.h: the math module's functions on doubles (mathfn.c), for finite arguments in their
 * domains; math.c takes care of the rest. */
#ifndef MATHFN_H
#define MATHFN_H
#include "rt.h"
double m_exp(double x);
double m_exp2(double x);
double m_expm1(double x);
double m_log(double x);    /* x > 0 */
double m_log2(double x);   /* x > 0 */
double m_log10(double x);  /* x > 0 */
double m_log1p(double x);  /* x > -1 */
double m_sin(double x);
double m_cos(double x);
double m_tan(double x);
double m_atan(double x);
double m_atan2(double y, double x); /* y, x finite and nonzero */
double m_asin(double x);   /* |x| <= 1 */
double m_acos(double x);   /* |x| <= 1 */
double m_sinh(double x);
double m_cosh(double x);
double m_tanh(double x);
double m_norm(const double *v, uint32_t n, double max); /* sqrt(sum v[i]^2), finite, 0 < max = max |v[i]| */
/* float.c, fpow.c */
double fmod_exact(double x, double y);
double pos_pow(double x, double y, int *ok);
#endif

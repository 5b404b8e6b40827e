/** Where the bytes of a finished module go: per section, per function, per data segment. */
package dev.waspy.backend.size;

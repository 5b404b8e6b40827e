package dev.waspy.backend.link;

import dev.waspy.wasm.model.Module;

/** A module copied one level deep: new lists of the same (immutable) entries. */
final class Modules {
    private Modules() {
    }

    static Module copy(Module m) {
        Module c = new Module();
        c.types().addAll(m.types());
        c.imports().addAll(m.imports());
        c.functions().addAll(m.functions());
        c.tables().addAll(m.tables());
        c.memories().addAll(m.memories());
        c.globals().addAll(m.globals());
        c.exports().addAll(m.exports());
        c.elements().addAll(m.elements());
        c.data().addAll(m.data());
        c.customSections().addAll(m.customSections());
        c.names().setModuleName(m.names().moduleName());
        c.names().functionNames().putAll(m.names().functionNames());
        c.names().localNames().putAll(m.names().localNames());
        c.names().globalNames().putAll(m.names().globalNames());
        c.names().otherSubsections().putAll(m.names().otherSubsections());
        c.setStart(m.start());
        c.setDataCount(m.dataCount());
        return c;
    }
}

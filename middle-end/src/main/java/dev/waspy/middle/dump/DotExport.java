package dev.waspy.middle.dump;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Edge;
import dev.waspy.middle.ir.IrFunction;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/** A function's CFG as Graphviz DOT, each node labelled with its block's text form. */
public final class DotExport {
    private DotExport() {}

    public static String toDot(IrFunction f) {
        var exporter = new DOTExporter<Block, Edge>(b -> b.label());
        exporter.setGraphIdProvider(() -> "\"" + f.name() + "\"");
        exporter.setVertexAttributeProvider(b -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("shape", DefaultAttribute.createAttribute("box"));
            m.put("fontname", DefaultAttribute.createAttribute("monospace"));
            // \l left-justifies each line in Graphviz.
            m.put("label", DefaultAttribute.createAttribute(IrPrinter.print(f, b).replace("\n", "\\l")));
            return m;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            if (e.kind() != Edge.Kind.JUMP) m.put("label", DefaultAttribute.createAttribute(e.toString()));
            if (e.kind() == Edge.Kind.EXCEPTION) m.put("style", DefaultAttribute.createAttribute("dashed"));
            return m;
        });
        var w = new StringWriter();
        w.write("// " + IrPrinter.header(f) + " (" + f.sourceName() + ":" + f.sourceLine() + ")\n");
        exporter.exportGraph(f.cfg(), w);
        return w.toString();
    }
}

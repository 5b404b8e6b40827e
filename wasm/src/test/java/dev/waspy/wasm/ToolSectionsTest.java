package dev.waspy.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waspy.wasm.binary.MalformedWasmException;
import dev.waspy.wasm.binary.ToolSections;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.CustomSection;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FeaturesUsed;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.Producers;
import dev.waspy.wasm.model.TargetFeatures;
import dev.waspy.wasm.model.ValType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The producers and target_features sections: what a module uses, and their bytes both ways. */
class ToolSectionsTest {
    private static Module withBody(Instruction... body) {
        Module m = new Module();
        int t = m.typeIndex(FuncType.of(List.of(), List.of()));
        List<Instruction> code = new ArrayList<>(List.of(body));
        code.add(new Control.End());
        m.functions().add(new Function(t, List.of(), code));
        return m;
    }

    @Test
    void anMvpModuleUsesNoFeature() {
        assertEquals(List.of(), FeaturesUsed.in(withBody(new Numeric.I32Const(1), new Numeric.Op(NumericOp.I32_EQZ),
                new dev.waspy.wasm.instr.Parametric.Drop())));
    }

    @Test
    void eachFeatureIsFoundByWhatUsesIt() {
        assertEquals(List.of(FeaturesUsed.SIGN_EXT), FeaturesUsed.in(withBody(new Numeric.I32Const(1),
                new Numeric.Op(NumericOp.I32_EXTEND8_S), new dev.waspy.wasm.instr.Parametric.Drop())));
        assertEquals(List.of(FeaturesUsed.NONTRAPPING_FPTOINT), FeaturesUsed.in(withBody(new Numeric.F64Const(0),
                new Numeric.Op(NumericOp.I64_TRUNC_SAT_F64_S), new dev.waspy.wasm.instr.Parametric.Drop())));
        assertEquals(List.of(FeaturesUsed.BULK_MEMORY), FeaturesUsed.in(withBody(new Numeric.I32Const(0),
                new Numeric.I32Const(0), new Numeric.I32Const(0), new BulkMemory.MemoryFill(0))));

        Module passive = withBody();
        passive.data().add(new DataSegment(new DataMode.Passive(), new byte[] {1}));
        assertEquals(List.of(FeaturesUsed.BULK_MEMORY), FeaturesUsed.in(passive));

        Module multi = withBody();
        multi.typeIndex(FuncType.of(List.of(), List.of(ValType.I32, ValType.I64)));
        assertEquals(List.of(FeaturesUsed.MULTIVALUE), FeaturesUsed.in(multi));
        Module blockTyped = withBody(new Control.Block(new BlockType.TypeIndex(0)), new Control.End());
        assertEquals(List.of(FeaturesUsed.MULTIVALUE), FeaturesUsed.in(blockTyped));

        Module exported = withBody();
        exported.globals().add(new Global(new GlobalType(ValType.I32, true), new ConstExpr(List.of(
                new Numeric.I32Const(0), new Control.End()))));
        assertEquals(List.of(), FeaturesUsed.in(exported), "a mutable global of its own is MVP");
        exported.exports().add(new Export("g", ExternKind.GLOBAL, 0));
        assertEquals(List.of(FeaturesUsed.MUTABLE_GLOBALS), FeaturesUsed.in(exported));
    }

    @Test
    void sectionsSurviveWritingAndReading() throws MalformedWasmException {
        Module m = withBody(new Numeric.I32Const(1), new Numeric.Op(NumericOp.I32_EXTEND16_S),
                new dev.waspy.wasm.instr.Parametric.Drop());
        Map<String, List<Producers.Tool>> fields = new LinkedHashMap<>();
        fields.put("language", List.of(new Producers.Tool("Python", "3.11")));
        fields.put("processed-by", List.of(new Producers.Tool("waspy", "0.1.0"), new Producers.Tool("clang", "14")));
        Producers producers = new Producers(fields);
        TargetFeatures features = TargetFeatures.used(FeaturesUsed.in(m));
        ToolSections.put(m, producers);
        ToolSections.put(m, features);
        ToolSections.put(m, features); // replaces, never duplicates
        Module back = WasmReader.read(WasmWriter.write(m));
        assertEquals(List.of(Producers.SECTION, TargetFeatures.SECTION),
                back.customSections().stream().map(CustomSection::name).toList());
        assertEquals(producers, ToolSections.producers(back).orElseThrow());
        assertEquals(List.of("sign-ext"), ToolSections.targetFeatures(back).orElseThrow().usedNames());
    }

    @Test
    void malformedContentsAreReported() {
        assertThrows(MalformedWasmException.class, () -> ToolSections.decodeTargetFeatures(new byte[] {1, '*', 1, 'x'}));
        assertThrows(MalformedWasmException.class, () -> ToolSections.decodeProducers(new byte[] {1, 1, 'a'}));
        assertThrows(MalformedWasmException.class, () -> ToolSections.decodeTargetFeatures(new byte[] {0, 0}));
    }
}

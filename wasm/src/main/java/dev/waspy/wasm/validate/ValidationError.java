package dev.waspy.wasm.validate;

/**
 * One violation of the spec's validation rules. For code, it names the function (index in the
 * function index space and its debug name if any), the instruction's position in the body and its
 * mnemonic; module-level errors (limits, exports, segments) have {@code function == -1}.
 */
public record ValidationError(int function, String functionName, int instruction, String opcode, String message) {
    static ValidationError module(String message) {
        return new ValidationError(-1, null, -1, null, message);
    }

    @Override
    public String toString() {
        if (function < 0) {
            return message;
        }
        StringBuilder sb = new StringBuilder("function ").append(function);
        if (functionName != null) {
            sb.append(" ($").append(functionName).append(')');
        }
        if (instruction >= 0) {
            sb.append(", instruction ").append(instruction);
            if (opcode != null) {
                sb.append(" (").append(opcode).append(')');
            }
        }
        return sb.append(": ").append(message).toString();
    }
}

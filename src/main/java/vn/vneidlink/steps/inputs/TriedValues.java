package vn.vneidlink.steps.inputs;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vneidlink.data.Citizen;

/**
 * The values a tester types first into a field, named in the scenarios' tables by what they are ("11 chữ số đầu của số
 * định danh", "mã đúng thêm một chữ số"), made from the citizen's own data at run time: the same rows then hold for
 * the mock portals and for real test accounts. An unknown name fails with the list of known ones.
 */
public final class TriedValues {

    /** "…của công dân khác (Họ và tên)": a value that is right, but for someone else. */
    private static final Pattern OTHER_CITIZEN = Pattern.compile("(số định danh|mật khẩu) của công dân khác \\((.+)\\)");

    public static final String EMPTY = "để trống";

    static final List<String> ID_NUMBERS = List.of(EMPTY, "số định danh đúng", "11 chữ số đầu của số định danh",
            "số định danh thêm một chữ số", "số định danh có chữ cái thay cho chữ số cuối", "số định danh có dấu cách ở giữa",
            "số định danh có dấu cách ở đầu và cuối", "số định danh của công dân khác (<họ và tên>)");
    static final List<String> PASSWORDS = List.of(EMPTY, "mật khẩu đúng", "mật khẩu sai", "mật khẩu đúng viết thường",
            "mật khẩu của công dân khác (<họ và tên>)");
    static final List<String> CODES = List.of(EMPTY, "5 chữ số đầu của mã đúng", "mã đúng thêm một chữ số",
            "mã đúng có chữ cái thay cho chữ số cuối", "mã đúng có dấu cách ở giữa");

    private TriedValues() {}

    /**
     * A personal identification number (CCCD) as the row names it, from {@code own}, the number of the citizen at the
     * keyboard; {@code others} finds another citizen of the test data by full name.
     */
    public static String idNumber(String name, String own, Function<String, Citizen> others) {
        Matcher other = OTHER_CITIZEN.matcher(name);
        if (other.matches() && other.group(1).equals("số định danh")) {
            return others.apply(other.group(2)).cccd();
        }
        return switch (name) {
            case EMPTY -> "";
            case "số định danh đúng" -> own;
            case "11 chữ số đầu của số định danh" -> own.substring(0, own.length() - 1);
            case "số định danh thêm một chữ số" -> own + "0";
            case "số định danh có chữ cái thay cho chữ số cuối" -> own.substring(0, own.length() - 1) + "A";
            case "số định danh có dấu cách ở giữa" -> own.substring(0, 6) + " " + own.substring(6);
            case "số định danh có dấu cách ở đầu và cuối" -> " " + own + " ";
            default -> throw unknown("số định danh", name, ID_NUMBERS);
        };
    }

    /** A VNeID password as the row names it, from the citizen's own ({@code own}). */
    public static String password(String name, String own, Function<String, Citizen> others) {
        Matcher other = OTHER_CITIZEN.matcher(name);
        if (other.matches() && other.group(1).equals("mật khẩu")) {
            return others.apply(other.group(2)).vneid().password();
        }
        return switch (name) {
            case EMPTY -> "";
            case "mật khẩu đúng" -> own;
            case "mật khẩu sai" -> own + "-sai";
            case "mật khẩu đúng viết thường" -> {
                String lower = own.toLowerCase(Locale.ROOT);
                if (lower.equals(own)) {
                    throw new IllegalStateException("dữ liệu thử: mật khẩu của công dân không có chữ hoa, nên «" + name + "» không khác mật khẩu đúng");
                }
                yield lower;
            }
            default -> throw unknown("mật khẩu", name, PASSWORDS);
        };
    }

    /** A one-time code as the row names it, from the right one ({@code right}, six digits). */
    public static String code(String name, String right) {
        return switch (name) {
            case EMPTY -> "";
            case "5 chữ số đầu của mã đúng" -> right.substring(0, 5);
            case "mã đúng thêm một chữ số" -> right + "0";
            case "mã đúng có chữ cái thay cho chữ số cuối" -> right.substring(0, 5) + "A";
            case "mã đúng có dấu cách ở giữa" -> right.substring(0, 3) + " " + right.substring(3);
            default -> throw unknown("mã", name, CODES);
        };
    }

    private static IllegalArgumentException unknown(String what, String name, List<String> known) {
        return new IllegalArgumentException("Dữ liệu của kịch bản: không biết giá trị " + what + " «" + name + "»; các giá trị biết: " + known);
    }
}

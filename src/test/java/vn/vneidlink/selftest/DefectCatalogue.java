package vn.vneidlink.selftest;

import java.util.List;
import vn.vneidlink.data.Era;
import vn.vneidlink.mock.PortalDefect;

/**
 * For every seeded portal defect: the scenario that must catch it, the Gherkin step that must
 * fail, and a phrase of the failure message that names the symptom. {@code docs/defects.md} is
 * the readable copy of this table (a test keeps the two in step).
 */
final class DefectCatalogue {

    /** @param era the era of the mock portals the scenario runs in (the defect shows there) */
    record Entry(PortalDefect defect, String scenario, String step, String symptom, Era era) {
        Entry(PortalDefect defect, String scenario, String step, String symptom) {
            this(defect, scenario, step, symptom, Era.GUIDE);
        }
    }

    static final String VNCONNECT_LOGIN = "Đăng nhập bằng tài khoản VNconnect: chọn loại tài khoản, mật khẩu, rồi mã OTP";
    static final String SYNC = "Cập nhật thông tin định danh từ CSDL Quốc gia về Dân cư";
    static final String LOGOUT = "Đăng xuất kết thúc phiên làm việc trên Cổng DVC quốc gia";
    static final String CCCD_PROMPT = "Tài khoản chưa có số định danh cá nhân được yêu cầu cập nhật ngay sau khi đăng nhập";
    static final String MISMATCH = "Thông tin tài khoản không khớp CSDL Quốc gia về Dân cư thì đồng bộ bị từ chối và không có gì thay đổi";
    static final String LINK = "Đăng nhập bằng VNeID sau khi đồng bộ thì hệ thống tự liên kết tài khoản (trên ứng dụng VNeID)";
    static final String PROVINCE = "Tài khoản đã liên kết đăng nhập Hệ thống thông tin giải quyết TTHC tỉnh Quảng Trị bằng VNeID";
    static final String WRONG_OTP = "Sai mã OTP thì không được đăng nhập; nhập lại mã đúng thì vào được";
    static final String EXPIRED_OTP = "Mã OTP quá 5 phút thì hết hạn và bị từ chối";
    static final String LOCKOUT = "Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa, kể cả với mật khẩu đúng";
    static final String CUTOVER = "Sau ngày chuyển đổi, công dân không còn đăng nhập bằng tài khoản VNconnect; đăng nhập VNeID thì được liên kết";
    static final String CHOICES_AFTER_CUTOVER = "Sau ngày chuyển đổi, trang đăng nhập của hệ thống xác thực quốc gia chỉ còn các lựa chọn mới";
    static final String RELOGIN = "Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID";
    static final String DECLINE = "Công dân từ chối trên ứng dụng VNeID thì không được đăng nhập, và lần đăng nhập sau vẫn liên kết đúng một lần";
    static final String SLOW_VNEID = "SSO VNeID chậm nhưng vẫn trong thời gian chờ thì đăng nhập vẫn thành công";
    static final String LEVEL = "Tài khoản định danh điện tử mức độ 1 không dùng được dịch vụ công yêu cầu mức độ 2";
    static final String BACK_BUTTON = "Sau khi Đăng xuất, nút Quay lại của trình duyệt không mở lại trang Thông tin cá nhân";
    static final String FORGED_STATE = "Cổng DVC quốc gia từ chối kết quả đăng nhập mà nó không yêu cầu (tham số state giả mạo)";
    static final String VNEID_CODE_IN_APP = "Mã xác nhận đăng nhập VNeID mặc định gửi về ứng dụng VNeID, hộp thoại chỉ hiện số điện thoại đã che";
    static final String VNEID_WRONG_CODE = "Sai mã xác nhận VNeID thì hộp thoại báo lỗi; nhập mã đúng thì vào được";
    static final String VNEID_WEB_LOGIN = "Ứng dụng VNeID chưa cho phép đăng nhập trên web thì SSO VNeID từ chối và không hỏi mã xác nhận";
    static final String VNEID_QR = "Đăng nhập VNeID bằng mã QR: quét bằng ứng dụng VNeID rồi xác nhận bằng mã passcode";
    static final String PERSISTS = "Mọi thông tin mà \"Cập nhật\" báo đã lưu vẫn còn sau khi tải lại trang và khi đăng nhập lại";
    static final String LIFERAY = "Tài khoản đã liên kết đăng nhập hệ thống của tỉnh Bắc Ninh (nền tảng liferay) bằng VNeID rồi đăng xuất";

    static final String DRIFT_NATIONAL = "Các trang không cần tài khoản của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID còn đủ mọi"
            + " locator và nhãn của bộ kiểm thử";

    static final String CODE_ONCE_NATIONAL = "Mã xác thực của một lần đăng nhập chỉ dùng được một lần (Cổng DVC quốc gia)";
    static final String REDIRECT_URI = "Hệ thống xác thực quốc gia và SSO VNeID không gửi mã đăng nhập về địa chỉ chưa đăng ký (redirect_uri bị sửa)";
    static final String SESSION_RENEWED = "Đăng nhập cấp mã phiên mới, Đăng xuất kết thúc phiên ở phía Cổng DVC quốc gia";
    static final String HTTPS_AND_COOKIES = "Mọi trang, tài nguyên và cookie của các lần đăng nhập đều qua HTTPS và được bảo vệ";

    private static final String NAME_STEP = "góc trên bên phải hiện họ và tên \"Nguyễn Thị Hoà\"";
    private static final String LINKED_STEP = "DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân";
    private static final String LOGIN_AGAIN_STEP = "Cổng DVC quốc gia yêu cầu đăng nhập lại";
    private static final String LOCKED = "trang đăng nhập báo \"Tài khoản đã bị tạm khóa do nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau 30 phút.\"";
    private static final String NO_VNCONNECT_STEP = "công dân không còn cách đăng nhập bằng tài khoản VNconnect";
    private static final String DOSSIERS_STEP = "mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra";
    private static final String REGISTERED_STEP = "Thông tin định danh hiện đúng thông tin của tài khoản VNconnect của công dân";
    private static final String SAVED_STEP = "Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư";
    private static final String NEXT_LOGIN_STEP = "ở lần đăng nhập này, Thông tin định danh vẫn là thông tin đã lưu từ CSDL Quốc gia về Dân cư";
    private static final String VNEID_ACCOUNT_TAB_STEP = "Thông tin tài khoản hiện tài khoản định danh điện tử của công dân";

    private static final String VNEID_REFUSES_STEP =
            "SSO VNeID từ chối với thông báo \"Số định danh cá nhân hoặc mật khẩu không đúng\" và không hỏi mã xác nhận";

    static final List<Entry> ENTRIES = List.of(
            new Entry(PortalDefect.SYNC_BUTTON_NOOP, SYNC,
                    "mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư", "phải có dấu tích xanh"),
            new Entry(PortalDefect.SYNC_SAVE_NOT_PERSISTED, SYNC,
                    "trạng thái định danh là \"Đã đồng bộ với CSDL Quốc gia về Dân cư\"", "Trạng thái đồng bộ"),
            new Entry(PortalDefect.GREEN_CHECKS_ON_MISMATCH, MISMATCH,
                    "đồng bộ bị từ chối với thông báo \"Thông tin tài khoản không khớp với CSDL Quốc gia về Dân cư\"",
                    "đồng bộ phải bị từ chối"),
            new Entry(PortalDefect.FETCH_BUTTON_RENAMED, SYNC,
                    "công dân chọn Cập nhật CSDL Quốc gia về Dân cư", "«Cập nhật CSDL Quốc gia về Dân cư»"),
            new Entry(PortalDefect.PERSONAL_PAGE_500, SYNC,
                    "công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân", "Đã có lỗi xảy ra"),
            new Entry(PortalDefect.CCCD_PROMPT_SKIPPED, CCCD_PROMPT,
                    "Cổng DVC quốc gia yêu cầu cập nhật số định danh cá nhân", "«Cập nhật số định danh cá nhân»"),
            new Entry(PortalDefect.VNEID_LOGIN_DOES_NOT_LINK, LINK, LINKED_STEP, "CHƯA được liên kết"),
            new Entry(PortalDefect.LINKED_LIST_OMITS_OLD_ACCOUNT, LINK, LINKED_STEP, "thiếu tài khoản VNconnect 0900000102 của công dân"),
            new Entry(PortalDefect.PROVINCE_IGNORES_LINK, PROVINCE, DOSSIERS_STEP, "Thiếu hồ sơ cũ"),
            new Entry(PortalDefect.LOGOUT_KEEPS_SESSION, LOGOUT, LOGIN_AGAIN_STEP, "phiên đăng nhập chưa kết thúc"),
            new Entry(PortalDefect.PERSONAL_PAGE_CACHEABLE, BACK_BUTTON, LOGIN_AGAIN_STEP, "phiên đăng nhập chưa kết thúc"),
            new Entry(PortalDefect.WRONG_OTP_ACCEPTED, WRONG_OTP,
                    "trang OTP báo \"Mã OTP không chính xác\"", "cổng đã chấp nhận mã"),
            new Entry(PortalDefect.EXPIRED_OTP_ACCEPTED, EXPIRED_OTP,
                    "trang OTP báo \"Mã OTP đã hết hạn. Vui lòng đăng nhập lại để nhận mã mới.\"", "cổng đã chấp nhận mã"),
            new Entry(PortalDefect.NO_LOCKOUT, LOCKOUT, LOCKED, "Thông báo lỗi trên trang đăng nhập"),
            new Entry(PortalDefect.OTHER_CITIZENS_NAME, VNCONNECT_LOGIN, NAME_STEP, "Họ và tên ở góc trên bên phải"),
            new Entry(PortalDefect.REDIRECT_TO_WRONG_HOST, VNCONNECT_LOGIN, NAME_STEP, "dvc-dichvucong.gov.vn"),
            new Entry(PortalDefect.OAUTH_STATE_NOT_CHECKED, FORGED_STATE,
                    "Cổng DVC quốc gia báo yêu cầu đăng nhập không hợp lệ", "state giả mạo"),
            new Entry(PortalDefect.CUTOVER_IGNORED, CUTOVER, NO_VNCONNECT_STEP, "vẫn cho công dân đăng nhập bằng tài khoản VNconnect",
                    Era.AFTER_CUTOVER),
            new Entry(PortalDefect.CUTOVER_TOO_EARLY, VNCONNECT_LOGIN,
                    "trang đăng nhập cho chọn \"Tài khoản cấp bởi Cổng dịch vụ công quốc gia\" hoặc \"Tài khoản định danh điện tử cấp bởi Bộ Công an\"",
                    "Trước ngày chuyển đổi"),
            new Entry(PortalDefect.CITIZEN_VNEID_OPTION_MISSING, CHOICES_AFTER_CUTOVER,
                    "trang đăng nhập chỉ cho chọn các loại tài khoản:", "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân",
                    Era.AFTER_CUTOVER),
            new Entry(PortalDefect.TODAY_LOGIN_WRONG_CALLBACK, RELOGIN, "công dân đăng nhập Cổng DVC quốc gia bằng VNeID",
                    "redirect_uri=https://dichvucong.gov.vn/sso", Era.TODAY),
            new Entry(PortalDefect.TODAY_CALLBACK_DOES_NOT_LINK, RELOGIN, LINKED_STEP, "CHƯA được liên kết", Era.TODAY),
            new Entry(PortalDefect.DECLINE_STILL_SIGNS_IN, DECLINE,
                    "trang VNeID báo \"Yêu cầu đăng nhập đã bị từ chối trên ứng dụng VNeID\"", "phải báo lỗi"),
            new Entry(PortalDefect.VNEID_WRONG_CODE_ACCEPTED, VNEID_WRONG_CODE,
                    "hộp nhập mã xác nhận báo lỗi \"Mã OTP không chính xác.\"", "đã chấp nhận mã"),
            new Entry(PortalDefect.VNEID_PHONE_UNMASKED, VNEID_CODE_IN_APP,
                    "hộp nhập mã xác nhận hiện số điện thoại của công dân, che các chữ số giữa", "không được lộ cả số"),
            new Entry(PortalDefect.VNEID_WEB_LOGIN_NOT_CHECKED, VNEID_WEB_LOGIN,
                    "trang VNeID báo \"Tài khoản định danh điện tử chưa cho phép đăng nhập trên web. Vui lòng bật chức năng đăng nhập"
                            + " trên web trong ứng dụng VNeID.\"", "phải báo lỗi"),
            new Entry(PortalDefect.VNEID_QR_SKIPS_PASSCODE, VNEID_QR,
                    "trang VNeID chờ xác nhận trên ứng dụng: \"Đã quét mã QR. Vui lòng nhập mã passcode trên ứng dụng VNeID để"
                            + " xác nhận đăng nhập.\"", "không chờ mã passcode"),
            new Entry(PortalDefect.VNEID_FIREWALL_REJECTS_BROWSER, VNEID_CODE_IN_APP,
                    "công dân nhập số định danh cá nhân và mật khẩu VNeID", "bị tường lửa chặn"),
            new Entry(PortalDefect.VNEID_SLOWER_THAN_TIMEOUT, SLOW_VNEID,
                    "công dân đăng nhập Cổng DVC quốc gia bằng VNeID", "giây"),
            new Entry(PortalDefect.LEVEL_CHECK_MISSING, LEVEL,
                    "dịch vụ báo cần tài khoản định danh điện tử mức độ 2", "mức độ"),
            // --- issue 11: exact identity and what persists ---
            new Entry(PortalDefect.LINKED_LIST_LISTS_OTHER_ACCOUNTS, LINK, LINKED_STEP, "thừa (không phải của công dân): «0900000106»"),
            new Entry(PortalDefect.LINKED_LIST_DUPLICATES_ROW, LINK, LINKED_STEP, "trùng 2 lần: «0900000102»"),
            new Entry(PortalDefect.DOSSIERS_REDATED_BY_LINK, LINK, DOSSIERS_STEP,
                    "sai giá trị: «G22.45.01-231215-0107», «Ngày nộp» cần «15/12/2023», trang hiện «15/06/2024»"),
            new Entry(PortalDefect.PROVINCE_LISTS_ANOTHER_CITIZENS_DOSSIER, LIFERAY, DOSSIERS_STEP,
                    "thừa (không phải của công dân): «G22.45.06-240105-0009»"),
            new Entry(PortalDefect.SYNC_SWAPS_BIRTH_DAY_AND_MONTH, SYNC, SAVED_STEP,
                    "sai giá trị: «Ngày sinh» cần «12/03/1985», trang hiện «03/12/1985»"),
            new Entry(PortalDefect.SYNC_SAVE_DROPS_PLACE_OF_ORIGIN, PERSISTS, SAVED_STEP,
                    "sai giá trị: «Quê quán» cần «Xã Gio Mỹ, huyện Gio Linh, tỉnh Quảng Trị», trang hiện «»"),
            new Entry(PortalDefect.SYNCED_NAME_WITHOUT_DIACRITICS, PERSISTS, SAVED_STEP, "trang hiện «Nguyen Thi Hoa» — mất dấu tiếng Việt"),
            new Entry(PortalDefect.UNSYNCED_BIRTH_DATE_ONE_DAY_EARLY, SYNC, REGISTERED_STEP,
                    "sai giá trị: «Ngày sinh» cần «12/03/1985», trang hiện «11/03/1985»"),
            new Entry(PortalDefect.ACCOUNT_TAB_SHOWS_OLD_LOGIN, LINK, VNEID_ACCOUNT_TAB_STEP,
                    "sai giá trị: «Tên đăng nhập» cần «045078000234», trang hiện «0900000102»"),
            new Entry(PortalDefect.SYNC_SAVE_LOST_AT_LOGOUT, PERSISTS, NEXT_LOGIN_STEP, "sai giá trị: «Giới tính» cần «Nữ», trang hiện «»"),
            // --- issue 11: protocol security ---
            new Entry(PortalDefect.CALLBACK_ACCEPTS_REPLAYED_CODE, CODE_ONCE_NATIONAL,
                    "cổng từ chối địa chỉ trả về đã dùng và không mở phiên mới", "tức là mở phiên mới"),
            new Entry(PortalDefect.SSO_CODE_REUSABLE, CODE_ONCE_NATIONAL,
                    "cổng từ chối mã xác thực đã dùng dù state hợp lệ", "tức là mở phiên mới"),
            new Entry(PortalDefect.SSO_REDIRECT_URI_ANY_PATH, REDIRECT_URI,
                    "hệ thống xác thực quốc gia từ chối từng yêu cầu đó bằng trang báo lỗi và không gửi mã đăng nhập đi đâu",
                    "«cùng máy chủ, đường dẫn khác»"),
            new Entry(PortalDefect.VNEID_REDIRECT_URI_PREFIX_MATCH, REDIRECT_URI,
                    "SSO VNeID từ chối từng yêu cầu đó bằng trang báo lỗi và không gửi mã đăng nhập đi đâu",
                    "«tên miền đã đăng ký làm phần đầu của tên miền khác»"),
            new Entry(PortalDefect.SESSION_ID_NOT_RENEWED_AT_LOGIN, SESSION_RENEWED,
                    "cookie phiên mà Cổng DVC quốc gia cấp khi đăng nhập là mã mới, khác mọi cookie trình duyệt đã có trước đó",
                    "mang đúng giá trị của cookie DVC_OAUTH"),
            new Entry(PortalDefect.LOGOUT_ONLY_CLEARS_COOKIE, SESSION_RENEWED,
                    "cookie phiên cũ không mở lại phiên nào trên Cổng DVC quốc gia", "vẫn mở phiên"),
            new Entry(PortalDefect.SESSION_COOKIE_WITHOUT_HTTPONLY, HTTPS_AND_COOKIES,
                    "mọi cookie mà các cổng và hệ thống xác thực đặt đều có Secure, HttpOnly, SameSite và Path", "DVC_SESSION (dichvucong.gov.vn"),
            new Entry(PortalDefect.SSO_COOKIE_WITHOUT_SAMESITE, HTTPS_AND_COOKIES,
                    "mọi cookie mà các cổng và hệ thống xác thực đặt đều có Secure, HttpOnly, SameSite và Path",
                    "commonAuthId (xacthuc.dichvucong.gov.vn"),
            new Entry(PortalDefect.STYLESHEET_OVER_HTTP, HTTPS_AND_COOKIES,
                    "mọi trang và tài nguyên mà trình duyệt đã tải đều qua HTTPS", "http://dichvucong.gov.vn/static/css/portal.css"),
            new Entry(PortalDefect.CALLBACK_REDIRECTS_OVER_HTTP, HTTPS_AND_COOKIES,
                    "mọi trang và tài nguyên mà trình duyệt đã tải đều qua HTTPS", "nhờ HSTS"),

            // --- issue 11: boundary inputs, and each failure case on every portal ---
            new Entry(PortalDefect.VNEID_ID_PREFIX_MATCH, vneidCredentials("11 chữ số đầu của số định danh", "mật khẩu đúng"),
                    VNEID_REFUSES_STEP, "mở hộp nhập mã xác nhận"),
            new Entry(PortalDefect.VNEID_PASSWORD_CASE_INSENSITIVE, vneidCredentials("số định danh đúng", "mật khẩu đúng viết thường"),
                    VNEID_REFUSES_STEP, "mở hộp nhập mã xác nhận"),
            new Entry(PortalDefect.VNEID_CODE_PREFIX_ACCEPTED, "Hộp nhập mã xác nhận VNeID từ chối mã \"5 chữ số đầu của mã đúng\" và không đăng nhập",
                    "hộp nhập mã xác nhận báo lỗi \"Mã OTP không chính xác.\"", "đã chấp nhận mã"),
            new Entry(PortalDefect.OTP_EXTRA_CHARACTERS_ACCEPTED, "Trang OTP từ chối mã \"mã đúng thêm một chữ số\" và không đăng nhập",
                    "trang OTP báo \"Mã OTP không chính xác\"", "cổng đã chấp nhận mã"),
            new Entry(PortalDefect.CCCD_OF_ANOTHER_CITIZEN_SAVED,
                    "Màn hình cập nhật số định danh cá nhân từ chối \"số định danh của công dân khác (Hoàng Thị Yến)\" và không lưu gì",
                    "màn hình cập nhật số định danh cá nhân báo lỗi \"Số định danh cá nhân không khớp với CSDL Quốc gia về Dân cư\"",
                    "nhưng đã nhận số đó"),
            new Entry(PortalDefect.PROVINCE_LOGOUT_HIDES_NAME_ONLY,
                    "Tài khoản đã liên kết đăng nhập hệ thống của tỉnh Hồ Chí Minh (nền tảng cong-vi) bằng VNeID rồi đăng xuất",
                    "hệ thống của tỉnh yêu cầu đăng nhập lại", "Đăng xuất mới chỉ ẩn tên"),
            new Entry(PortalDefect.PROVINCE_LOGOUT_KEEPS_SSO_SESSION,
                    "Đăng xuất trên hệ thống của tỉnh kết thúc cả phiên của hệ thống xác thực: Cổng DVC quốc gia hỏi lại thông tin đăng nhập",
                    "trang đăng nhập hỏi thông tin đăng nhập, không đăng nhập sẵn cho ai", "phiên của hệ thống xác thực vẫn còn"),
            new Entry(PortalDefect.DOSSIER_LIST_CACHEABLE,
                    "Máy tính dùng chung: người thứ hai đăng nhập Cổng DVC quốc gia sau khi người thứ nhất đã Đăng xuất",
                    "danh sách hồ sơ có đúng các hồ sơ của công dân đang dùng máy, không có hồ sơ nào của công dân trước",
                    "hiện hồ sơ của công dân trước"),
            new Entry(PortalDefect.CCCD_SAVED_WITH_SPACES,
                    "Số định danh cá nhân dán kèm dấu cách ở đầu và cuối được lưu đúng 12 chữ số, và đồng bộ được ngay",
                    "mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư", "Không tìm thấy số định danh cá nhân"),

            // --- issue 13: the markup of the pages anyone can open drifts ---
            new Entry(PortalDefect.MARKUP_DRIFTED, DRIFT_NATIONAL, "không trang nào thiếu locator hay nhãn mà bộ kiểm thử cần",
                    "ứng viên gần nhất: header.site-header a.btn.btn-dang-ky"));


    /** The name of a row of the VNeID SSO's outline of refused credentials. */
    private static String vneidCredentials(String idNumber, String password) {
        return "SSO VNeID từ chối số định danh cá nhân \"" + idNumber + "\" với mật khẩu \"" + password
                + "\" và không gửi mã xác nhận nào";
    }

    private DefectCatalogue() {}
}

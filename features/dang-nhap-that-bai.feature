# language: vi
@dang-nhap-that-bai
Tính năng: Đăng nhập bằng tài khoản VNconnect không thành công khi sai thông tin
  Cổng DVC quốc gia chỉ cho đăng nhập khi mật khẩu đúng và mã OTP gửi qua tin nhắn
  đúng, còn hạn; nhập sai mật khẩu nhiều lần thì tài khoản bị tạm khóa.

  Bối cảnh:
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"

  @thay-doi-tai-khoan
  Kịch bản: Sai mật khẩu thì không được đăng nhập và không có mã OTP nào được gửi
    Khi công dân nhập tên đăng nhập và một mật khẩu sai
    Thì trang đăng nhập báo "Tên đăng nhập hoặc mật khẩu không chính xác"
    Và không có mã OTP nào được gửi tới điện thoại của công dân

  Kịch bản: Sai mã OTP thì không được đăng nhập; nhập lại mã đúng thì vào được
    Khi công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Và công dân nhập một mã OTP sai và bấm "Xác nhận"
    Thì trang OTP báo "Mã OTP không chính xác"
    Khi công dân nhập mã OTP nhận được qua tin nhắn và bấm "Xác nhận"
    Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"

  Khung kịch bản: Trang OTP từ chối mã "<mã>" và không đăng nhập
    Ô mã OTP nhận đúng sáu chữ số của tin nhắn: thiếu hay thừa một chữ số, chữ cái, dấu cách ở giữa, ô trống đều
    phải bị từ chối với lời báo của trang OTP, và không mở phiên nào.
    Khi công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Và công dân gõ vào ô mã OTP "<mã>" và bấm "Xác nhận"
    Thì trang OTP báo "Mã OTP không chính xác"
    Và công dân không được đăng nhập vào Cổng DVC quốc gia

    Dữ liệu:
      | mã                                      |
      | 5 chữ số đầu của mã đúng                |
      | mã đúng thêm một chữ số                 |
      | mã đúng có chữ cái thay cho chữ số cuối |
      | mã đúng có dấu cách ở giữa              |
      | để trống                                |

  @chi-gia-lap
  Kịch bản: Mã OTP quá 5 phút thì hết hạn và bị từ chối
    Khi công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Và 6 phút trôi qua
    Và công dân nhập mã OTP nhận được qua tin nhắn và bấm "Xác nhận"
    Thì trang OTP báo "Mã OTP đã hết hạn. Vui lòng đăng nhập lại để nhận mã mới."

  @thay-doi-tai-khoan @chi-gia-lap
  Kịch bản: Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa, kể cả với mật khẩu đúng
    Khi công dân nhập sai mật khẩu 5 lần liên tiếp
    Thì trang đăng nhập báo "Tài khoản đã bị tạm khóa do nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau 30 phút."
    Khi công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Thì trang đăng nhập báo "Tài khoản đã bị tạm khóa do nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau 30 phút."
    Và không có mã OTP nào được gửi tới điện thoại của công dân
    Khi 31 phút trôi qua
    Và công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Thì hệ thống báo mã OTP đã được gửi đến số điện thoại đã đăng ký

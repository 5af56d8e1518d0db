# language: vi
@hanh-trinh
Tính năng: Hành trình đầy đủ theo hướng dẫn: đồng bộ, đăng xuất, đăng nhập VNeID, liên kết, dùng ở cổng tỉnh
  Một công dân chưa từng đồng bộ đi trọn hai bước của hướng dẫn, rồi dùng VNeID
  trên Cổng DVC quốc gia và trên hệ thống của tỉnh Quảng Trị với cùng hồ sơ.

  @thay-doi-tai-khoan
  Kịch bản: Công dân chưa đồng bộ đi trọn Bước 1 và Bước 2 rồi dùng VNeID ở cổng tỉnh
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    # Bước 1: Đồng bộ tài khoản
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Và công dân nhập mã OTP nhận được qua tin nhắn và bấm "Xác nhận"
    Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì trạng thái định danh là "Chưa đồng bộ với CSDL Quốc gia về Dân cư"
    Khi công dân chọn Cập nhật CSDL Quốc gia về Dân cư
    Thì mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư
    Khi công dân bấm "Cập nhật" để lưu
    Thì thông báo "Cập nhật thông tin thành công" hiện ra
    Và Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư
    Khi công dân Đăng xuất
    Thì góc trên bên phải hiện nút "Đăng nhập"
    # Bước 2: Liên kết tài khoản
    Khi công dân bấm "Đăng nhập"
    Thì "Thông báo hệ thống" mời "Đăng nhập bằng VNeID"
    Khi công dân chọn "Đăng nhập bằng VNeID"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Thì Thông tin tài khoản hiện tài khoản định danh điện tử của công dân
    Khi công dân bấm chọn Thông tin định danh
    Thì Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư
    Và DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra
    # Từ nay: VNeID ở hệ thống của tỉnh
    Khi công dân Đăng xuất
    Và công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "Quảng Trị"
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập bằng mã OTP gửi qua SMS
    Thì hệ thống của tỉnh hiện họ và tên "Nguyễn Thị Hoà" ở góc trên bên phải
    Khi công dân chọn "Hồ sơ của tôi" trên hệ thống của tỉnh
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra
    # Suốt hành trình: không trang, tài nguyên hay cookie nào lộ ra ngoài HTTPS
    Và mọi trang và tài nguyên mà trình duyệt đã tải đều qua HTTPS
    Và mọi cookie mà các cổng và hệ thống xác thực đặt đều có Secure, HttpOnly, SameSite và Path

# language: vi
@dang-xuat
Tính năng: Đăng xuất trên máy tính dùng chung, và đăng xuất giữa các cổng
  Công dân hay làm thủ tục ở máy tính dùng chung (bộ phận một cửa, điểm bưu điện, quán internet). Sau khi một
  người Đăng xuất, người tiếp theo trên cùng trình duyệt phải được hỏi thông tin đăng nhập của chính mình, rồi chỉ
  thấy tên và hồ sơ của mình, không bao giờ của người trước. Đăng xuất trên một cổng kết thúc phiên của cổng đó và
  phiên của hệ thống xác thực quốc gia (đăng xuất do cổng khởi tạo, như WSO2/Keycloak); SSO VNeID không giữ phiên
  (docs/mock-portals.md, «Logout across portals»).

  Kịch bản: Máy tính dùng chung: người thứ hai đăng nhập Cổng DVC quốc gia sau khi người thứ nhất đã Đăng xuất
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng VNeID
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra
    Khi công dân Đăng xuất
    Và công dân "Hoàng Thị Yến" dùng tiếp trình duyệt đó
    Và công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Thì trang đăng nhập hỏi thông tin đăng nhập, không đăng nhập sẵn cho ai
    Khi công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên của công dân đang dùng máy, không phải của công dân trước
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp
    Thì danh sách hồ sơ có đúng các hồ sơ của công dân đang dùng máy, không có hồ sơ nào của công dân trước

  Kịch bản: Máy tính dùng chung: người thứ hai đăng nhập hệ thống của tỉnh Quảng Trị sau khi người thứ nhất đã Đăng xuất
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập hệ thống của tỉnh "Quảng Trị" bằng VNeID
    Khi công dân chọn "Hồ sơ của tôi" trên hệ thống của tỉnh
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra
    Khi công dân Đăng xuất
    Và công dân "Hoàng Thị Yến" dùng tiếp trình duyệt đó
    Và công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "Quảng Trị"
    Và công dân bấm "Đăng nhập"
    Thì trang đăng nhập hỏi thông tin đăng nhập, không đăng nhập sẵn cho ai
    Khi công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên của công dân đang dùng máy, không phải của công dân trước
    Khi công dân chọn "Hồ sơ của tôi" trên hệ thống của tỉnh
    Thì danh sách hồ sơ có đúng các hồ sơ của công dân đang dùng máy, không có hồ sơ nào của công dân trước

  Kịch bản: Đăng xuất trên hệ thống của tỉnh kết thúc cả phiên của hệ thống xác thực: Cổng DVC quốc gia hỏi lại thông tin đăng nhập
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập hệ thống của tỉnh "Quảng Trị" bằng VNeID
    Khi công dân Đăng xuất
    Và công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Thì trang đăng nhập hỏi thông tin đăng nhập, không đăng nhập sẵn cho ai

  Kịch bản: Đăng xuất trên Cổng DVC quốc gia kết thúc cả phiên của hệ thống xác thực: hệ thống của tỉnh hỏi lại thông tin đăng nhập
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng VNeID
    Khi công dân Đăng xuất
    Và công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "Quảng Trị"
    Và công dân bấm "Đăng nhập"
    Thì trang đăng nhập hỏi thông tin đăng nhập, không đăng nhập sẵn cho ai

# language: vi
@dang-nhap-lai
Tính năng: Từ nay chỉ cần VNeID để đăng nhập Cổng DVC quốc gia và hệ thống của tỉnh
  Theo hướng dẫn: sau khi đồng bộ và liên kết, từ đó trở đi chỉ cần đăng nhập vào
  Cổng dịch vụ công quốc gia (dichvucong.gov.vn) và Hệ thống thông tin giải quyết thủ
  tục hành chính tỉnh (dichvucong.quangtri.gov.vn) bằng tài khoản định danh điện tử VNeID.

  Kịch bản: Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Thì góc trên bên phải hiện họ và tên "Đỗ Văn Giang"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Thì Thông tin tài khoản hiện tài khoản định danh điện tử của công dân
    Khi công dân bấm chọn Thông tin định danh
    Thì Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư
    Và DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra

  Kịch bản: Tài khoản đã liên kết đăng nhập Hệ thống thông tin giải quyết TTHC tỉnh Quảng Trị bằng VNeID
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "Quảng Trị"
    Và công dân bấm "Đăng nhập"
    Thì trang đăng nhập có lựa chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an" cho công dân
    Khi công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập trên ứng dụng VNeID
    Thì hệ thống của tỉnh hiện họ và tên "Đỗ Văn Giang" ở góc trên bên phải
    Khi công dân chọn "Hồ sơ của tôi" trên hệ thống của tỉnh
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra

  Kịch bản: Đăng nhập lại bằng VNeID vẫn giữ liên kết, không tạo tài khoản mới
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng VNeID
    Và công dân đã Đăng xuất
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Và công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư
    Và DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra

  Khung kịch bản: Tài khoản đã liên kết đăng nhập hệ thống của tỉnh <tỉnh> (nền tảng <nền tảng>) bằng VNeID rồi đăng xuất
    Mỗi nền tảng của hệ thống cấp tỉnh có trang chủ, nút «Đăng nhập», đường đăng nhập và danh sách hồ sơ
    riêng (environments/platforms.json); trên nền tảng nào, công dân cũng phải thấy đúng tên và đúng các hồ sơ của mình,
    và sau khi Đăng xuất, địa chỉ danh sách hồ sơ phải hỏi đăng nhập lại (không chỉ ẩn tên).
    Cho hệ thống của tỉnh "<tỉnh>" chạy trên nền tảng "<nền tảng>"
    Và công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "<tỉnh>"
    Thì góc trên bên phải hiện nút "Đăng nhập"
    Khi công dân đăng nhập hệ thống của tỉnh bằng VNeID
    Thì hệ thống của tỉnh hiện họ và tên "Đỗ Văn Giang" ở góc trên bên phải
    Khi công dân chọn "<mục hồ sơ>" trên hệ thống của tỉnh
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra
    Khi công dân Đăng xuất
    Thì góc trên bên phải hiện nút "Đăng nhập"
    Khi công dân mở thẳng địa chỉ danh sách hồ sơ của hệ thống của tỉnh
    Thì hệ thống của tỉnh yêu cầu đăng nhập lại

    Dữ liệu:
      | tỉnh            | nền tảng  | mục hồ sơ            |
      | Quảng Trị       | dvc-tinh  | Hồ sơ của tôi        |
      | Hồ Chí Minh     | cong-vi   | Dịch vụ công của tôi |
      | Thanh Hóa       | portaldvc | Dịch vụ công của tôi |
      | Bắc Ninh        | liferay   | Hồ sơ của tôi        |

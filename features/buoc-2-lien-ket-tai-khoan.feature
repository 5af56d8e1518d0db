# language: vi
@buoc-2
Tính năng: Bước 2 - Liên kết tài khoản VNconnect với tài khoản định danh điện tử VNeID
  Theo hướng dẫn: sau khi đồng bộ và đăng xuất, công dân đăng nhập bằng tài khoản
  định danh điện tử VNeID được cấp bởi Bộ Công an để hệ thống tự thực hiện liên kết
  tài khoản. Tài khoản liên kết giữ nguyên các hồ sơ đã nộp bằng tài khoản cũ. Mọi thứ trang hiện về công
  dân phải đúng là của công dân, đủ và không gì khác: tài khoản liên kết đúng một dòng, hồ sơ đúng từng cột.

  Bối cảnh:
    Cho công dân "Trần Văn Bình" có tài khoản VNconnect đã đồng bộ nhưng chưa liên kết với VNeID
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Và công dân đã Đăng xuất

  @thay-doi-tai-khoan
  Khung kịch bản: Đăng nhập bằng VNeID sau khi đồng bộ thì hệ thống tự liên kết tài khoản (<cách xác thực>)
    Khi công dân bấm "Đăng nhập"
    Thì "Thông báo hệ thống" mời "Đăng nhập bằng VNeID"
    Khi công dân chọn "Đăng nhập bằng VNeID"
    Thì trang đăng nhập VNeID của Bộ Công an hiện ra
    Khi công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập <cách xác thực>
    Thì góc trên bên phải hiện họ và tên "Trần Văn Bình"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Thì Thông tin tài khoản hiện tài khoản định danh điện tử của công dân
    Khi công dân bấm chọn Thông tin định danh
    Thì Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư
    Và DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra

    Dữ liệu:
      | cách xác thực            |
      | trên ứng dụng VNeID      |
      | bằng mã OTP gửi qua SMS  |

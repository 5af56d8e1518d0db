# language: vi
@sau-chuyen-doi
Tính năng: Sau ngày chuyển đổi 01/07/2024 chỉ còn đăng nhập bằng VNeID
  Theo Nghị định 59/2022/NĐ-CP, tài khoản do Cổng DVC quốc gia cấp chỉ dùng được đến
  ngày 01/07/2024. Từ đó trang đăng nhập của hệ thống xác thực không còn tài khoản VNconnect
  cho công dân: "Tài khoản cấp bởi Cổng dịch vụ công quốc gia" chỉ còn dành cho Doanh
  nghiệp/Tổ chức, công dân chọn tài khoản định danh điện tử; Cổng DVC quốc gia ngày nay đưa
  thẳng tới SSO VNeID. Công dân đã đồng bộ trước ngày đó vẫn được liên kết khi đăng nhập VNeID.
  Ngày của các cổng là cài đặt của kịch bản, không phải đồng hồ của máy.

  @chi-gia-lap
  Kịch bản: Sau ngày chuyển đổi, công dân không còn đăng nhập bằng tài khoản VNconnect; đăng nhập VNeID thì được liên kết
    Cho công dân "Trần Văn Bình" có tài khoản VNconnect đã đồng bộ nhưng chưa liên kết với VNeID
    Và hôm nay trên các cổng là ngày "02/07/2024"
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Thì công dân không còn cách đăng nhập bằng tài khoản VNconnect
    Khi công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên "Trần Văn Bình"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân

  @chi-gia-lap
  Kịch bản: Sau ngày chuyển đổi, trang đăng nhập của hệ thống xác thực quốc gia chỉ còn các lựa chọn mới
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và hôm nay trên các cổng là ngày "02/07/2024"
    Khi công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "Quảng Trị"
    Và công dân bấm "Đăng nhập"
    Thì trang đăng nhập chỉ cho chọn các loại tài khoản:
      | Tài khoản cấp bởi Cổng dịch vụ công quốc gia dành cho Doanh nghiệp/Tổ chức   |
      | Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân               |
      | Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Tổ chức, doanh nghiệp |
    Và công dân không còn cách đăng nhập bằng tài khoản VNconnect
    Khi công dân chọn "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập trên ứng dụng VNeID
    Thì hệ thống của tỉnh hiện họ và tên "Đỗ Văn Giang" ở góc trên bên phải
    Khi công dân chọn "Hồ sơ của tôi" trên hệ thống của tỉnh
    Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra

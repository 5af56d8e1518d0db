# language: vi
@sau-chuyen-doi
Tính năng: Sau ngày chuyển đổi 01/07/2024 chỉ còn đăng nhập bằng VNeID
  Theo Nghị định 59/2022/NĐ-CP, tài khoản do Cổng DVC quốc gia cấp chỉ dùng được đến
  ngày 01/07/2024. Từ đó, đăng nhập bằng tài khoản VNconnect bị từ chối, kèm thông báo
  hướng dẫn đăng nhập bằng VNeID. Ngày của các cổng là cài đặt của kịch bản, không phải
  đồng hồ của máy.

  @chi-gia-lap
  Kịch bản: Sau ngày chuyển đổi, tài khoản VNconnect bị từ chối với thông báo hướng dẫn đăng nhập bằng VNeID
    Cho công dân "Trần Văn Bình" có tài khoản VNconnect đã đồng bộ nhưng chưa liên kết với VNeID
    Và hôm nay trên các cổng là ngày "02/07/2024"
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Thì trang đăng nhập từ chối tài khoản VNconnect và hướng dẫn "Đăng nhập bằng VNeID"
    Và không có mã OTP nào được gửi tới điện thoại của công dân
    Khi công dân chọn "Đăng nhập bằng VNeID" trong thông báo
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân xác thực đăng nhập trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên "Trần Văn Bình"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân

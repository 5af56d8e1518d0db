# language: vi
@lien-ket-that-bai
Tính năng: VNeID không liên kết khi thiếu bước đồng bộ, và không bao giờ liên kết dở dang
  Hướng dẫn tồn tại để tránh trường hợp đầu tiên: đăng nhập VNeID khi chưa đồng bộ thì
  hệ thống mở một tài khoản VNeID riêng, không liên kết, không có hồ sơ cũ. Khi SSO VNeID
  chậm, ngừng hoạt động, hoặc công dân từ chối trên ứng dụng, công dân phải thấy lỗi rõ
  ràng và tài khoản không bị liên kết nửa vời.

  @thay-doi-tai-khoan
  Kịch bản: Đăng nhập VNeID khi CHƯA đồng bộ thì hệ thống mở tài khoản riêng, không liên kết, không có hồ sơ cũ
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư
    Và tài khoản VNeID KHÔNG được liên kết với tài khoản VNconnect của công dân
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp
    Thì không hồ sơ nào đã nộp bằng tài khoản VNconnect hiện ra

  @thay-doi-tai-khoan
  Kịch bản: Công dân từ chối trên ứng dụng VNeID thì không được đăng nhập, và lần đăng nhập sau vẫn liên kết đúng một lần
    Cho công dân "Trần Văn Bình" có tài khoản VNconnect đã đồng bộ nhưng chưa liên kết với VNeID
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân từ chối đăng nhập trên ứng dụng VNeID
    Thì trang VNeID báo "Yêu cầu đăng nhập đã bị từ chối trên ứng dụng VNeID"
    Khi công dân truy cập Cổng DVC quốc gia
    Thì góc trên bên phải hiện nút "Đăng nhập"
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Và công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân

  @chi-gia-lap
  Kịch bản: SSO VNeID chậm nhưng vẫn trong thời gian chờ thì đăng nhập vẫn thành công
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và SSO VNeID đang chậm, mỗi trang trả lời sau 2 giây
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Thì góc trên bên phải hiện họ và tên "Đỗ Văn Giang"

  @chi-gia-lap
  Kịch bản: SSO VNeID ngừng hoạt động thì công dân thấy lỗi rõ ràng và không bị đăng nhập dở dang
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và SSO VNeID đang ngừng hoạt động
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Thì trang VNeID báo "Hệ thống định danh điện tử đang gián đoạn. Vui lòng thử lại sau."
    Khi công dân truy cập Cổng DVC quốc gia
    Thì góc trên bên phải hiện nút "Đăng nhập"

  Kịch bản: Tài khoản định danh điện tử mức độ 1 không dùng được dịch vụ công yêu cầu mức độ 2
    Cho công dân "Vũ Thị Lan" chỉ có tài khoản định danh điện tử mức độ 1
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Và công dân mở dịch vụ "Nộp hồ sơ trực tuyến"
    Thì dịch vụ báo cần tài khoản định danh điện tử mức độ 2

  Kịch bản: Tài khoản định danh điện tử mức độ 2 dùng được dịch vụ công yêu cầu mức độ 2
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Và công dân mở dịch vụ "Nộp hồ sơ trực tuyến"
    Thì biểu mẫu nộp hồ sơ trực tuyến hiện ra

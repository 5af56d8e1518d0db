# language: vi
@an-toan-phien
Tính năng: Phiên đăng nhập an toàn: đăng xuất là hết phiên, và không nhận phản hồi đăng nhập giả mạo
  Đăng xuất phải kết thúc phiên ở phía cổng: nút Quay lại của trình duyệt hay địa chỉ
  trang cá nhân đều phải yêu cầu đăng nhập lại. Cổng chỉ nhận kết quả đăng nhập cho yêu
  cầu do chính nó gửi đi (tham số state của OAuth2).

  Kịch bản: Sau khi Đăng xuất, nút Quay lại của trình duyệt không mở lại trang Thông tin cá nhân
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân Đăng xuất
    Và công dân bấm nút Quay lại của trình duyệt
    Thì Cổng DVC quốc gia yêu cầu đăng nhập lại

  Kịch bản: Cổng DVC quốc gia từ chối kết quả đăng nhập mà nó không yêu cầu (tham số state giả mạo)
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập hệ thống của tỉnh "Quảng Trị" bằng VNeID
    Khi một đường dẫn giả mạo đưa trình duyệt tới hệ thống xác thực với tham số state do kẻ gian chọn
    Thì Cổng DVC quốc gia báo yêu cầu đăng nhập không hợp lệ
    Và công dân không được đăng nhập vào Cổng DVC quốc gia

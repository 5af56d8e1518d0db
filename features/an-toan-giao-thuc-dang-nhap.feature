# language: vi
@an-toan-giao-thuc
Tính năng: Giao thức đăng nhập an toàn: mã xác thực dùng một lần, redirect_uri đúng như đăng ký, phiên mới sau đăng nhập, HTTPS và cookie được bảo vệ
  Đăng nhập qua hệ thống xác thực quốc gia và SSO VNeID là OAuth2 (mã xác thực). Một mã xác thực,
  hay cả địa chỉ trả về mang nó, chỉ dùng được một lần; hệ thống xác thực chỉ gửi mã về đúng địa
  chỉ mà cổng đã đăng ký; sau khi đăng nhập cổng cấp mã phiên mới, và Đăng xuất kết thúc phiên ở
  phía cổng. Mọi trang, mọi tài nguyên đều qua HTTPS, và mọi cookie phiên đều có Secure, HttpOnly,
  SameSite. Kẻ gian đọc được một địa chỉ trả về, một cookie cũ, hay mạng Wi-Fi công cộng cũng không
  vào được tài khoản của công dân.

  Khung kịch bản: Mã xác thực của một lần đăng nhập chỉ dùng được một lần (<nơi đăng nhập>)
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập <nơi đăng nhập> bằng VNeID
    Khi trình duyệt mở lại địa chỉ trả về của lần đăng nhập đó
    Thì cổng từ chối địa chỉ trả về đã dùng và không mở phiên mới
    Khi trình duyệt xoá mọi cookie rồi mở lại địa chỉ trả về đó
    Thì cổng từ chối địa chỉ trả về đó cả trên trình duyệt không có cookie nào
    Và trình duyệt không được đăng nhập vào cổng
    Khi kẻ gian tự bắt đầu một lần đăng nhập rồi gửi mã xác thực đã dùng kèm state của lần đăng nhập đó
    Thì cổng từ chối mã xác thực đã dùng dù state hợp lệ
    Và trình duyệt không được đăng nhập vào cổng

    Dữ liệu:
      | nơi đăng nhập                 |
      | Cổng DVC quốc gia             |
      | hệ thống của tỉnh "Quảng Trị" |
      | hệ thống của tỉnh "Đà Nẵng"   |

  Kịch bản: Hệ thống xác thực quốc gia và SSO VNeID không gửi mã đăng nhập về địa chỉ chưa đăng ký (redirect_uri bị sửa)
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Và công dân đã đăng nhập hệ thống của tỉnh "Quảng Trị" bằng VNeID
    Khi yêu cầu đăng nhập mà hệ thống của tỉnh gửi tới hệ thống xác thực quốc gia được gửi lại với redirect_uri bị sửa:
      | sang máy chủ khác                                  |
      | cùng máy chủ, đường dẫn khác                       |
      | thêm đoạn sau đường dẫn đã đăng ký                 |
      | tên miền đã đăng ký làm phần đầu của tên miền khác |
      | tên miền đã đăng ký đặt trước @ của tên miền khác  |
      | http thay cho https                                |
    Thì hệ thống xác thực quốc gia từ chối từng yêu cầu đó bằng trang báo lỗi và không gửi mã đăng nhập đi đâu
    Khi yêu cầu đăng nhập mà hệ thống xác thực quốc gia gửi tới SSO VNeID được gửi lại với redirect_uri bị sửa:
      | sang máy chủ khác                                  |
      | cùng máy chủ, đường dẫn khác                       |
      | thêm đoạn sau đường dẫn đã đăng ký                 |
      | tên miền đã đăng ký làm phần đầu của tên miền khác |
      | tên miền đã đăng ký đặt trước @ của tên miền khác  |
      | http thay cho https                                |
    Thì SSO VNeID từ chối từng yêu cầu đó bằng trang báo lỗi và không gửi mã đăng nhập đi đâu

  Kịch bản: Đăng nhập cấp mã phiên mới, Đăng xuất kết thúc phiên ở phía Cổng DVC quốc gia
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Thì cookie phiên mà Cổng DVC quốc gia cấp khi đăng nhập là mã mới, khác mọi cookie trình duyệt đã có trước đó
    Khi công dân Đăng xuất
    Và trình duyệt gửi lại cookie phiên cũ của Cổng DVC quốc gia
    Thì cookie phiên cũ không mở lại phiên nào trên Cổng DVC quốc gia

  Kịch bản: Mọi trang, tài nguyên và cookie của các lần đăng nhập đều qua HTTPS và được bảo vệ
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân đăng nhập Cổng DVC quốc gia bằng VNeID
    Và công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân Đăng xuất
    Và công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh "Quảng Trị"
    Và công dân đăng nhập hệ thống của tỉnh bằng VNeID
    Thì mọi trang và tài nguyên mà trình duyệt đã tải đều qua HTTPS
    Và mọi cookie mà các cổng và hệ thống xác thực đặt đều có Secure, HttpOnly, SameSite và Path

# language: vi
@vneid
Tính năng: Đăng nhập trên SSO VNeID: mã xác nhận trong hộp thoại của trang, hoặc quét mã QR bằng ứng dụng
  SSO VNeID của Bộ Công an là một trang duy nhất. Sau số định danh cá nhân và mật khẩu, mã
  xác nhận đăng nhập được gửi về ứng dụng VNeID (hoặc qua SMS khi công dân yêu cầu) và được
  hỏi trong một hộp thoại ngay trên trang, sáu ô, mỗi ô một chữ số; hộp thoại chỉ hiện số
  điện thoại đã che. Công dân cũng có thể quét mã QR bằng ứng dụng rồi xác nhận bằng mã
  passcode. Ứng dụng chưa cho phép đăng nhập trên web thì SSO VNeID từ chối.

  Kịch bản: Mã xác nhận đăng nhập VNeID mặc định gửi về ứng dụng VNeID, hộp thoại chỉ hiện số điện thoại đã che
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Thì hộp nhập mã xác nhận báo "Mã xác nhận đăng nhập đã được gửi về ứng dụng VNeID"
    Và hộp nhập mã xác nhận hiện số điện thoại của công dân, che các chữ số giữa
    Khi công dân nhập mã xác nhận hiện trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên "Đỗ Văn Giang"

  Kịch bản: Sai mã xác nhận VNeID thì hộp thoại báo lỗi; nhập mã đúng thì vào được
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân nhập một mã xác nhận sai vào hộp nhập mã
    Thì hộp nhập mã xác nhận báo lỗi "Mã OTP không chính xác."
    Khi công dân nhập mã xác nhận hiện trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên "Đỗ Văn Giang"

  Kịch bản: Ứng dụng VNeID chưa cho phép đăng nhập trên web thì SSO VNeID từ chối và không hỏi mã xác nhận
    Cho công dân "Ngô Thị Mai" có tài khoản định danh điện tử chưa cho phép đăng nhập trên web
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Thì trang VNeID báo "Tài khoản định danh điện tử chưa cho phép đăng nhập trên web. Vui lòng bật chức năng đăng nhập trên web trong ứng dụng VNeID."
    Khi công dân truy cập Cổng DVC quốc gia
    Thì góc trên bên phải hiện nút "Đăng nhập"

  Kịch bản: Đăng nhập VNeID bằng mã QR: quét bằng ứng dụng VNeID rồi xác nhận bằng mã passcode
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân chọn "Quét mã QR" trên trang đăng nhập VNeID
    Và công dân quét mã QR bằng ứng dụng VNeID
    Thì trang VNeID chờ xác nhận trên ứng dụng: "Đã quét mã QR. Vui lòng nhập mã passcode trên ứng dụng VNeID để xác nhận đăng nhập."
    Khi công dân nhập mã passcode trên ứng dụng VNeID
    Thì góc trên bên phải hiện họ và tên "Đỗ Văn Giang"

  Khung kịch bản: SSO VNeID từ chối số định danh cá nhân "<số định danh>" với mật khẩu "<mật khẩu>" và không gửi mã xác nhận nào
    Một người thử trước hết ô trống, số bị cắt ngắn hay thừa chữ số, chữ cái, dấu cách ở giữa, số của người
    khác, mật khẩu sai hay khác chữ hoa/thường: SSO VNeID phải từ chối với cùng một lời báo (không nói nửa nào sai),
    không gửi mã về ứng dụng hay qua tin nhắn, và không mở phiên nào.
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập vào trang đăng nhập VNeID số định danh cá nhân "<số định danh>" và mật khẩu "<mật khẩu>"
    Thì SSO VNeID từ chối với thông báo "Số định danh cá nhân hoặc mật khẩu không đúng" và không hỏi mã xác nhận
    Và không có mã xác nhận VNeID nào được gửi, tới ứng dụng hay qua tin nhắn
    Và công dân không được đăng nhập vào Cổng DVC quốc gia

    Dữ liệu:
      | số định danh                                   | mật khẩu                                   |
      | để trống                                       | mật khẩu đúng                              |
      | 11 chữ số đầu của số định danh                 | mật khẩu đúng                              |
      | số định danh thêm một chữ số                   | mật khẩu đúng                              |
      | số định danh có chữ cái thay cho chữ số cuối   | mật khẩu đúng                              |
      | số định danh có dấu cách ở giữa                | mật khẩu đúng                              |
      | số định danh của công dân khác (Trần Văn Bình) | mật khẩu đúng                              |
      | số định danh đúng                              | để trống                                   |
      | số định danh đúng                              | mật khẩu sai                               |
      | số định danh đúng                              | mật khẩu đúng viết thường                  |
      | số định danh đúng                              | mật khẩu của công dân khác (Trần Văn Bình) |

  Khung kịch bản: Hộp nhập mã xác nhận VNeID từ chối mã "<mã>" và không đăng nhập
    Sáu ô, mỗi ô một chữ số: mã thiếu một chữ số, có chữ cái hay để trống đều phải bị từ chối bằng lời báo của hộp
    thoại, và không mở phiên nào.
    Cho công dân "Đỗ Văn Giang" có tài khoản VNconnect đã liên kết với VNeID
    Khi công dân truy cập Cổng DVC quốc gia
    Và công dân bấm "Đăng nhập"
    Và công dân chọn "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Và công dân nhập số định danh cá nhân và mật khẩu VNeID
    Và công dân gõ vào hộp nhập mã xác nhận "<mã>" và bấm "Xác nhận"
    Thì hộp nhập mã xác nhận báo lỗi "Mã OTP không chính xác."
    Và công dân không được đăng nhập vào Cổng DVC quốc gia

    Dữ liệu:
      | mã                                      |
      | 5 chữ số đầu của mã đúng                |
      | mã đúng có chữ cái thay cho chữ số cuối |
      | mã đúng có dấu cách ở giữa              |
      | để trống                                |

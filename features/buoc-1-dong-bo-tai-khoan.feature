# language: vi
@buoc-1
Tính năng: Bước 1 - Đồng bộ tài khoản VNconnect với CSDL Quốc gia về Dân cư
  Theo hướng dẫn của Trung tâm Phục vụ hành chính công tỉnh Quảng Trị (01/2024):
  truy cập Cổng DVC quốc gia và đăng nhập bằng tài khoản VNconnect đã có; kích vào
  Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân; bấm chọn Thông
  tin định danh, chọn Cập nhật CSDL Quốc gia về Dân cư; sau khi xong thì Đăng xuất.

  Kịch bản: Đăng nhập bằng tài khoản VNconnect: chọn loại tài khoản, mật khẩu, rồi mã OTP
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    Khi công dân truy cập Cổng DVC quốc gia
    Thì góc trên bên phải hiện nút "Đăng nhập"
    Khi công dân bấm "Đăng nhập"
    Thì trang đăng nhập cho chọn "Tài khoản cấp bởi Cổng dịch vụ công quốc gia" hoặc "Tài khoản định danh điện tử cấp bởi Bộ Công an"
    Khi công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect
    Thì hệ thống báo mã OTP đã được gửi đến số điện thoại đã đăng ký
    Khi công dân nhập mã OTP nhận được qua tin nhắn và bấm "Xác nhận"
    Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"

  @thay-doi-tai-khoan
  Kịch bản: Cập nhật thông tin định danh từ CSDL Quốc gia về Dân cư
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Thì trang Thông tin cá nhân hiện ra
    Và Thông tin tài khoản hiện tài khoản VNconnect của công dân
    Khi công dân bấm chọn Thông tin định danh
    Thì trạng thái định danh là "Chưa đồng bộ với CSDL Quốc gia về Dân cư"
    Và Thông tin định danh hiện đúng thông tin của tài khoản VNconnect của công dân
    Khi công dân chọn Cập nhật CSDL Quốc gia về Dân cư
    Thì mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư
    Và Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư
    Khi công dân bấm "Cập nhật" để lưu
    Thì thông báo "Cập nhật thông tin thành công" hiện ra
    Và trạng thái định danh là "Đã đồng bộ với CSDL Quốc gia về Dân cư"
    Và Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư

  @thay-doi-tai-khoan
  Kịch bản: Mọi thông tin mà "Cập nhật" báo đã lưu vẫn còn sau khi tải lại trang và khi đăng nhập lại
    "Cập nhật thông tin thành công" chỉ đáng tin khi đọc lại được: mọi trường đã đồng bộ, trên mọi trang hiện
    chúng (Thông tin định danh, Thông tin tài khoản, họ và tên ở góc trên bên phải), sau khi tải lại trang và ở
    lần đăng nhập sau.
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Và công dân chọn Cập nhật CSDL Quốc gia về Dân cư
    Và công dân bấm "Cập nhật" để lưu
    Thì thông báo "Cập nhật thông tin thành công" hiện ra
    Khi công dân tải lại trang Thông tin cá nhân
    Thì Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư
    Khi công dân bấm chọn Thông tin tài khoản
    Thì Thông tin tài khoản hiện tài khoản VNconnect của công dân
    Khi công dân Đăng xuất
    Và công dân đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Thì góc trên bên phải hiện họ và tên "Nguyễn Thị Hoà"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì ở lần đăng nhập này, Thông tin định danh vẫn là thông tin đã lưu từ CSDL Quốc gia về Dân cư

  Kịch bản: Đăng xuất kết thúc phiên làm việc trên Cổng DVC quốc gia
    Cho công dân "Nguyễn Thị Hoà" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Khi công dân Đăng xuất
    Thì góc trên bên phải hiện nút "Đăng nhập"
    Khi công dân mở thẳng địa chỉ trang Thông tin cá nhân
    Thì Cổng DVC quốc gia yêu cầu đăng nhập lại

  @thay-doi-tai-khoan
  Kịch bản: Tài khoản chưa có số định danh cá nhân được yêu cầu cập nhật ngay sau khi đăng nhập
    Cho công dân "Lê Thị Cúc" có tài khoản VNconnect chưa có số định danh cá nhân
    Khi công dân đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Thì Cổng DVC quốc gia yêu cầu cập nhật số định danh cá nhân
    Khi công dân nhập số định danh cá nhân của mình và bấm "Cập nhật"
    Thì thông báo "Cập nhật số định danh cá nhân thành công" hiện ra
    Và góc trên bên phải hiện họ và tên "Lê Thị Cúc"

  @thay-doi-tai-khoan
  Khung kịch bản: Màn hình cập nhật số định danh cá nhân từ chối "<số định danh>" và không lưu gì
    Số định danh cá nhân có đúng 12 chữ số và phải là của chính chủ tài khoản (khớp họ tên, ngày sinh trong CSDL
    Quốc gia về Dân cư): mọi giá trị khác bị từ chối với lời báo của màn hình, và tài khoản vẫn chưa có số định danh.
    Cho công dân "Lê Thị Cúc" có tài khoản VNconnect chưa có số định danh cá nhân
    Khi công dân đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Thì Cổng DVC quốc gia yêu cầu cập nhật số định danh cá nhân
    Khi công dân gõ vào ô số định danh cá nhân "<số định danh>" và bấm "Cập nhật"
    Thì màn hình cập nhật số định danh cá nhân báo lỗi "<thông báo>"
    Và tài khoản của công dân vẫn chưa có số định danh cá nhân

    Dữ liệu:
      | số định danh                                   | thông báo                                                   |
      | để trống                                       | Số định danh cá nhân phải gồm 12 chữ số                     |
      | 11 chữ số đầu của số định danh                 | Số định danh cá nhân phải gồm 12 chữ số                     |
      | số định danh thêm một chữ số                   | Số định danh cá nhân phải gồm 12 chữ số                     |
      | số định danh có chữ cái thay cho chữ số cuối   | Số định danh cá nhân phải gồm 12 chữ số                     |
      | số định danh có dấu cách ở giữa                | Số định danh cá nhân phải gồm 12 chữ số                     |
      | số định danh của công dân khác (Hoàng Thị Yến) | Số định danh cá nhân không khớp với CSDL Quốc gia về Dân cư |
      | số định danh của công dân khác (Đỗ Văn Giang)  | Số định danh cá nhân không khớp với CSDL Quốc gia về Dân cư |

  @thay-doi-tai-khoan
  Kịch bản: Số định danh cá nhân dán kèm dấu cách ở đầu và cuối được lưu đúng 12 chữ số, và đồng bộ được ngay
    Cho công dân "Lê Thị Cúc" có tài khoản VNconnect chưa có số định danh cá nhân
    Khi công dân đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Thì Cổng DVC quốc gia yêu cầu cập nhật số định danh cá nhân
    Khi công dân gõ vào ô số định danh cá nhân "số định danh có dấu cách ở đầu và cuối" và bấm "Cập nhật"
    Thì thông báo "Cập nhật số định danh cá nhân thành công" hiện ra
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Và công dân chọn Cập nhật CSDL Quốc gia về Dân cư
    Thì mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư

  @thay-doi-tai-khoan
  Kịch bản: Bỏ qua cập nhật số định danh khi đăng nhập, rồi cập nhật sau trong Thông tin định danh
    Cho công dân "Lê Thị Cúc" có tài khoản VNconnect chưa có số định danh cá nhân
    Khi công dân đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Thì Cổng DVC quốc gia yêu cầu cập nhật số định danh cá nhân
    Khi công dân bấm "Bỏ qua"
    Thì góc trên bên phải hiện họ và tên "Lê Thị Cúc"
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Thì Thông tin định danh báo "Tài khoản chưa có số định danh cá nhân/CCCD"
    Khi công dân nhập số định danh cá nhân của mình trong Thông tin định danh và bấm "Cập nhật"
    Và công dân chọn Cập nhật CSDL Quốc gia về Dân cư
    Thì mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư
    Và Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư

  Kịch bản: Thông tin tài khoản không khớp CSDL Quốc gia về Dân cư thì đồng bộ bị từ chối và không có gì thay đổi
    Cho công dân "Phạm Văn Dũng" có tài khoản VNconnect với ngày sinh khác CSDL Quốc gia về Dân cư
    Và công dân đã đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect
    Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân
    Và công dân bấm chọn Thông tin định danh
    Và công dân chọn Cập nhật CSDL Quốc gia về Dân cư
    Thì đồng bộ bị từ chối với thông báo "Thông tin tài khoản không khớp với CSDL Quốc gia về Dân cư"
    Và trường "Ngày sinh" không có dấu tích xanh
    Và không có nút "Cập nhật" để lưu
    Và trạng thái định danh là "Chưa đồng bộ với CSDL Quốc gia về Dân cư"
    Và Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư

# language: vi
@readiness
Tính năng: Sẵn sàng cho VNeID: kiểm tra các cổng mà không cần tài khoản
  Cơ quan cần biết, trước và sau ngày chuyển đổi, các cổng của mình đã sẵn sàng chưa:
  mỗi cổng trả lời qua HTTPS với chứng chỉ hợp lệ (báo ngày hết hạn); đăng nhập trên Cổng
  DVC quốc gia dẫn tới hệ thống xác thực có lựa chọn VNeID (thời kỳ hướng dẫn và sau ngày
  chuyển đổi) hoặc thẳng tới SSO VNeID (hiện nay), và tới được trang đăng nhập của SSO VNeID;
  bảng ghi thời kỳ mà cổng đang ở, đọc từ chính các trang đó (sau ngày chuyển đổi mà còn cho công dân
  đăng nhập bằng tài khoản VNconnect là một phát hiện); mỗi hệ thống của tỉnh, đọc theo hồ sơ nền tảng
  của nó, đăng nhập qua hệ thống xác thực quốc gia (hoặc thẳng qua SSO VNeID bằng ứng dụng riêng của
  tỉnh). Các cổng được kiểm tra song song, mỗi trang có giới hạn thời gian; mỗi cổng có một kết luận:
  sẵn sàng, không đạt, chậm, bị tường lửa chặn hoặc không truy cập được. Cả lần chạy cho ra bảng sẵn
  sàng target/readiness/readiness.md và readiness.csv.

  Kịch bản: Cổng DVC quốc gia sẵn sàng cho đăng nhập bằng VNeID
    Khi kiểm tra mức sẵn sàng của Cổng DVC quốc gia
    Thì chứng chỉ HTTPS của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID hợp lệ
    Và đăng nhập trên Cổng DVC quốc gia dẫn tới hệ thống xác thực hoặc thẳng tới SSO VNeID
    Và đăng nhập bằng VNeID trên Cổng DVC quốc gia tới được trang đăng nhập của SSO VNeID
    Và Cổng DVC quốc gia không còn cho công dân đăng nhập bằng tài khoản VNconnect sau ngày chuyển đổi

  Kịch bản: Các hệ thống của tỉnh trong danh sách cổng sẵn sàng cho đăng nhập bằng VNeID
    Khi kiểm tra mức sẵn sàng của từng hệ thống của tỉnh trong danh sách cổng
    Thì mọi hệ thống của tỉnh có chứng chỉ HTTPS hợp lệ
    Và mọi hệ thống của tỉnh trả lời và đăng nhập qua hệ thống xác thực quốc gia hoặc thẳng qua SSO VNeID
    Và mọi hệ thống của tỉnh có lựa chọn đăng nhập bằng VNeID
    Và mọi hệ thống của tỉnh không còn cho công dân đăng nhập bằng tài khoản VNconnect sau ngày chuyển đổi

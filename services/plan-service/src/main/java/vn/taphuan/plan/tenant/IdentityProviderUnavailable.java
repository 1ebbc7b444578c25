package vn.taphuan.plan.tenant;

import vn.taphuan.kit.problem.ProblemException;

import java.util.List;

/** The identity provider could not be reached or refused the request (HTTP 503); nothing was onboarded. */
public class IdentityProviderUnavailable extends ProblemException {

    public IdentityProviderUnavailable(String reasonEn) {
        super("Không kết nối được hệ thống định danh", "Identity provider unavailable",
                "Không tạo được tài khoản quản trị của tỉnh; chưa có gì được lưu. Hãy thử lại sau",
                "Could not create the province's administrator; nothing was saved. Try again later (" + reasonEn + ")",
                List.of());
    }

    @Override
    public String code() {
        return "identity-provider-unavailable";
    }

    @Override
    public int status() {
        return 503;
    }
}

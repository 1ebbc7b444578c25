package vn.taphuan.reporting.scope;

import org.springframework.stereotype.Component;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.progress.Ministries;
import vn.taphuan.reporting.views.Audience;

import java.util.Set;

/**
 * Whose view a request reads: an analyst naming a ministry in its token ({@code ministry} claim) sees the programmes
 * that ministry owns, everyone else every programme a province or the platform may see. A ministry the service does
 * not know owns nothing here, so its analyst sees nothing rather than everything.
 */
@Component
public class Audiences {

    private final Ministries ministries;

    public Audiences(ReportingProperties properties) {
        this.ministries = properties.owners();
    }

    public Audience current() {
        return CurrentUser.get().filter(CurrentUser::isMinistryScoped).map(user -> of(user.ministry()))
                .orElse(Audience.EVERYONE);
    }

    public Audience of(String ministry) {
        if (ministry == null) {
            return Audience.EVERYONE;
        }
        return new Audience(ministry, ministries.find(ministry).map(Ministries.Ministry::programmes).orElse(Set.of()));
    }

    public Ministries ministries() {
        return ministries;
    }
}

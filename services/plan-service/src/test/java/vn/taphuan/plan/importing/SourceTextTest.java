package vn.taphuan.plan.importing;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTest {

    @Test
    void anNfdTextIsReadInNfcAndSpansMapBackToTheCharactersSent() {
        String sent = Normalizer.normalize("Tổng vốn: 6.889.000.000 đồng", Normalizer.Form.NFD);
        SourceText text = new SourceText(sent);

        assertThat(text.text).isEqualTo("Tổng vốn: 6.889.000.000 đồng");
        assertThat(text.wasDecomposed()).isTrue();
        int at = text.text.indexOf("đồng");
        Span span = text.span(at, at + 4);
        assertThat(span.quote()).isEqualTo(sent.substring(span.start(), span.end()));
        assertThat(Normalizer.normalize(span.quote(), Normalizer.Form.NFC)).isEqualTo("đồng");
        assertThat(span.end()).isEqualTo(sent.length());
    }

    @Test
    void sentencesEndAtAStopFollowedBySpaceSoNumbersAndDatesStayWhole() {
        SourceText text = new SourceText("Tổ chức 102 lớp cho hơn 7.500 lượt người ngày 11/10/2022. Tổ chức 08 hội thảo.\nDòng mới");

        assertThat(text.sentences()).extracting(r -> r.of(text)).containsExactly(
                "Tổ chức 102 lớp cho hơn 7.500 lượt người ngày 11/10/2022.", " Tổ chức 08 hội thảo.", "Dòng mới");
        assertThat(text.paragraphs()).hasSize(2);
    }

    @Test
    void noBreakSpacesAndTheLookAlikeEthAreReadAsSpacesAndĐ() {
        SourceText text = new SourceText("6.889.000.000\u00A0\u00D0ồng");

        assertThat(text.text).isEqualTo("6.889.000.000 Đồng");
        assertThat(text.span(0, text.text.length()).quote()).isEqualTo("6.889.000.000\u00A0\u00D0ồng");
    }

    @Test
    void vietnameseNumbersAmountsAndDatesAreExact() {
        assertThat(VietnameseNumbers.count("7.500")).isEqualTo(7_500);
        assertThat(VietnameseNumbers.count("08")).isEqualTo(8);
        assertThat(VietnameseNumbers.vnd("6.889.000.000", "đồng")).contains(6_889_000_000L);
        assertThat(VietnameseNumbers.vnd("2,45", "tỷ đồng")).contains(2_450_000_000L);
        assertThat(VietnameseNumbers.vnd("1.250,5", "triệu đồng")).contains(1_250_500_000L);
        assertThat(VietnameseNumbers.vnd("0,5", "đồng")).isEmpty();
        assertThat(VietnameseNumbers.date("11/10/2022")).contains(LocalDate.of(2022, 10, 11));
        assertThat(VietnameseNumbers.date("05 tháng 3 năm 2018")).contains(LocalDate.of(2018, 3, 5));
        assertThat(VietnameseNumbers.date("31/02/2023")).isEmpty();
    }
}

package vn.taphuan.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFormatTest {

    @Test
    void aNewDataDirectoryIsMarkedWithTheCurrentLayoutAndTakenAgain(@TempDir Path data) throws Exception {
        DataFormat.require(data.resolve("data"));
        assertThat(Files.readString(data.resolve("data/FORMAT")).trim()).isEqualTo(String.valueOf(DataFormat.CURRENT));
        Files.createDirectories(data.resolve("data/mongo"));
        DataFormat.require(data.resolve("data"));
    }

    @Test
    void dataOfTheEarlierLayoutIsRefusedWithWhatToDo(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("mongo"));
        assertThatThrownBy(() -> DataFormat.require(data)).hasMessageContaining("delete or rename it")
                .hasMessageContaining("hãy xóa");
        Files.writeString(data.resolve("FORMAT"), "1\n");
        assertThatThrownBy(() -> DataFormat.require(data)).hasMessageContaining("version 1");
    }
}

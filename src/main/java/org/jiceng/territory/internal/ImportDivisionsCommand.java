package org.jiceng.territory.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.platform.Command;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code ./jiceng import-divisions <文件或目录…>}: loads NBS division files (the whole country takes
 * seconds) and says how far it has got. Exit code 0 on success, 1 for a bad file (nothing is written),
 * 2 for wrong arguments or a missing path.
 */
@Component
class ImportDivisionsCommand implements Command {

    private final DivisionImporter importer;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    ImportDivisionsCommand(DivisionImporter importer) {
        this(importer, System.out, System.err);
    }

    ImportDivisionsCommand(DivisionImporter importer, PrintStream out, PrintStream err) {
        this.importer = importer;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "import-divisions";
    }

    @Override
    public String usage() {
        return "import-divisions <文件或目录…>  导入国家统计局行政区划（provinces/cities/areas/streets/villages"
                + "，.csv 或 .csv.gz），可重复执行";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.isEmpty()) {
            err.println("用法：./jiceng " + usage());
            return 2;
        }
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                err.println("路径无效：" + arg);
                return 2;
            }
            if (!Files.exists(path)) {
                err.println("找不到文件或目录：" + path.toAbsolutePath().normalize());
                return 2;
            }
            paths.add(path);
        }
        ImportResult result;
        try {
            result = importer.importPaths(paths, new ImportProgress() {
                @Override
                public void rowsRead(String file, long rows, boolean finished) {
                    progress(file, rows, finished);
                }

                @Override
                public void allRead(long rows) {
                    out.printf("共读取 %,d 行，正在校验上级编码并写入数据库…%n", rows);
                }
            });
        } catch (DivisionFormatException e) {
            err.println("导入失败，未写入任何数据。" + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("导入失败，未写入任何数据。读取文件出错：" + e);
            return 1;
        }
        out.printf("导入完成：读取 %,d 行，新增 %,d 行，更新 %,d 行，未变 %,d 行，用时 %.1f 秒%n", result.read(),
                result.inserted(), result.updated(), result.unchanged(), result.took().toMillis() / 1000.0);
        return 0;
    }

    private void progress(String file, long rows, boolean finished) {
        if (finished) {
            out.printf("%s：读取完毕，共 %,d 行%n", file, rows);
        } else {
            out.printf("%s：已读取 %,d 行…%n", file, rows);
        }
    }
}

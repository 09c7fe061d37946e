package org.jiceng.ledger.web;

import java.io.IOException;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.importing.LedgerImport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports an existing ledger from Excel into an account's journal: {@code /api/v1/ledger/imports/{account}}. */
@RestController
class LedgerImportApiController {

    private final LedgerImport imports;

    LedgerImportApiController(LedgerImport imports) {
        this.imports = imports;
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.IMPORT)
    @PostMapping(path = "/api/v1/ledger/imports/{account}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LedgerImport.Imported importSheet(@PathVariable long account, @RequestParam("file") MultipartFile file,
                                      CurrentUser user) throws IOException {
        if (file.isEmpty()) {
            throw new BadInputException("file", "上传的文件是空的");
        }
        return imports.importSheet(user, account, file.getInputStream());
    }
}

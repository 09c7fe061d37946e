-- The index's words changed shape: every pair of neighbouring Chinese characters is now a lexeme (a query's Chinese
-- part is asked by its pairs, no phrase to check row by row) and each document carries its day and month (§d…, §m…),
-- so a search narrows by time in the GIN index. Documents of the old shape would no longer be found: the index is
-- emptied here and rebuilt from the modules in the background when the application next starts (StartupRebuild),
-- or at once by ./jiceng reindex.
truncate table document;

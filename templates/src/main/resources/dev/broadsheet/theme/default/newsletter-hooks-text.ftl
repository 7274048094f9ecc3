<#-- The plain-text part's counterpart of newsletter-hooks.ftlh: a newsletter-hooks-text.ftl in the
     site's templates/ folder takes this file's place and defines `top` (lines above the masthead)
     and `bottom` (lines after the credits), each given the edition (`e`); plain text, not escaped
     (the file's name ends in -text.ftl), each line ending with a line break. The theme defines
     neither. -->

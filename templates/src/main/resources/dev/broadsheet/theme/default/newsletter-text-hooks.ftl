<#-- The plain-text part's counterpart of newsletter-hooks.ftlh: a newsletter-text-hooks.ftl in the
     site's templates/ folder takes this file's place. Plain text, not escaped; each macro gets the
     edition (`e`) and may be left out. -->

<#-- Lines above the masthead. -->
<#macro top e></#macro>

<#-- Lines after the credits: the unsubscribe link, the postal address. -->
<#macro bottom e></#macro>

<#-- The edition as plain text for e-mail; .ftl: no HTML escaping. -->
<#assign e = edition.edition>
<#macro story s>
<#assign a = s.lead.article>
* ${a.title}
  ${h.attribution(a)}<#if a.effectiveTime()??>, ${h.dateTime(a.effectiveTime())}</#if>
<#assign teaser = h.teaser(a)><#if teaser?has_content>  ${teaser}
</#if><#if s.pick?? && s.pick.noteHtml?has_content>  Editor's note: ${h.plain(s.pick.noteHtml)}
</#if><#if a.url??>  Read it: ${a.url}
</#if>
</#macro>
${site.title?upper_case}
${h.day(e.date)} - ${e.storyCount} stories
<#if e.topStories?has_content>

TOP STORIES
<#list e.topStories as s><@story s/></#list></#if>
<#if e.picks?has_content>

OUR PICKS
<#list e.picks as s><@story s/></#list></#if>
<#list e.sections as section>

${section.name?upper_case}
<#list section.stories as s><@story s/></#list></#list>

Every story links to its original publisher; headlines and summaries belong to them.
On the web: ${url(e.path)}

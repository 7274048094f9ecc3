<#-- The edition as plain text for e-mail; .ftl: no HTML escaping. A blank line between stories: a note's
     paragraphs have one between them too. -->
<#assign e = edition.edition>
<#import "newsletter-hooks-text.ftl" as hooks>
<#macro story s>
<#assign a = s.lead.article>
* ${h.wrap(a.title, "  ")}
  ${h.wrap(h.attribution(a) + (a.datedByPublisher() && !a.seenBeforePublished())?then(t("list.separator") + h.timeOf(a), ""), "  ")}
<#assign teaser = h.teaser(a)><#if teaser?has_content>  ${h.wrap(teaser, "  ")}
</#if><#if s.pick?? && s.pick.noteHtml?has_content>  ${h.wrap(t("note.line", t("note.from", site.title), h.plain(siteHtml(s.pick.noteHtml))), "    ")}
</#if><#assign coverage = s.coverage(a)><#if coverage.shown?has_content>  ${h.wrap(t("also.label") + " " + coverage.shown?map(o -> h.attribution(o.article))?join(t("list.separator")) + (coverage.more gt 0)?then(" " + t("also.and") + " " + t("count.more", coverage.more), ""), "  ")}
</#if><#if a.url??>  ${t(h.paywalled(a)?then("note.readItPaywall", "note.readIt"), a.url)}
<#else>  ${t("note.readIt", url(s.lead.path))}
</#if>
</#macro>
<#if hooks.top??><@hooks.top e/></#if>
${h.wrap(site.title?upper_case, "")}
${h.edition(e.date)} - ${t("count.stories", e.storyCount)}
<#if e.topStories?has_content>

${t("edition.top")?upper_case}
<#list e.topStories as s><@story s/><#sep>${"\n"}</#sep></#list></#if>
<#if e.picks?has_content>

${t("picks.title")?upper_case}
<#list e.picks as s><@story s/><#sep>${"\n"}</#sep></#list></#if>
<#list e.sections as section>

${section.name?upper_case}
<#list section.stories as s><@story s/><#sep>${"\n"}</#sep></#list></#list>

${h.wrap(t("credit.links"), "")}
${t("edition.onWeb", url(e.path))}
<#if hooks.bottom??><@hooks.bottom e/></#if>

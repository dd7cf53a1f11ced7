/**
 * Marks of texts that talk about jobs without offering one. Each kind counts its distinct
 * markers; several of one kind, with little posting evidence against them, refuse the text
 * with that kind as the reason. Regex sources, matched case-insensitively per line (`m`).
 */
export const NON_POSTING_MARKERS: Readonly<Record<string, readonly string[]>> = {
  'a CV': [
    '^(?:curriculum vitae|resume|résumé|lebenslauf|cv)$',
    '^(?:work|professional|employment) (?:experience|history)$',
    '^(?:education|ausbildung|formation|educación|formação|istruzione|opleiding|wykształcenie)$',
    '^(?:references|referenzen|références)(?: available.*)?$',
    '^(?:certifications|publications|projects|interests|hobbies)$',
    "(?:19|20)\\d\\d\\s*[-–—]\\s*(?:present|current|now|heute|aujourd(?:'|’)hui|actualidad|atual|oggi|heden|obecnie)",
    '\\bi (?:led|built|designed|managed|developed|delivered|reduced|increased|mentored)\\b',
    // The "who wants to be hired" template and a seeker's own words.
    '^willing to relocate\\s*:',
    '^(?:résumé|resume|cv)\\s*(?:/\\s*(?:résumé|resume|cv)\\s*)?:',
    '^looking for\\s*:',
    "\\bi(?: am|(?:'|’)m) (?:an? )?[^.\\n]{0,60}?\\b(?:looking for|seeking|open to|available for) (?:new |remote |freelance |part-time |full-time )*(?:opportunities|engagements|contracts|roles|work|projects)\\b",
    "\\bi(?: am|(?:'|’)m) an? [^.\\n]{0,40}?(?:developer|engineer|designer|architect|freelancer|consultant) with \\d+\\+? years\\b",
  ],
  'a cover letter': [
    '^(?:dear|sehr geehrte|madame|monsieur|estimad[oa]s?|prezad[oa]s?|gentile|geachte|szanown)',
    '^(?:sincerely|kind regards|best regards|yours (?:sincerely|faithfully)|mit freundlichen grüßen|cordialement|atentamente|atenciosamente|cordiali saluti|met vriendelijke groet|z poważaniem)',
    '\\bi am (?:writing|excited|thrilled|pleased) to (?:apply|express|submit)',
    '\\bmy (?:application|resume|cv|candidacy)\\b',
    '\\b(?:thank you for (?:your|considering)|i look forward to (?:hearing|discussing))',
    '\\bi would (?:welcome|love) the (?:opportunity|chance)',
  ],
  'a blog post': [
    '\\bin this (?:post|article|essay|piece)\\b',
    '\\b(?:posted|written|published) (?:by|on)\\b',
    '\\b\\d{1,2} min(?:ute)? read\\b',
    '\\bshare this (?:post|article)\\b|^share(?: on)? (?:twitter|linkedin|facebook)',
    '^(?:\\d+ )?comments?$|^leave a (?:comment|reply)',
    "\\b(?:we(?:'|’)ve learned|lessons (?:we )?learned|here(?:'|’)s (?:how|what) we)\\b",
    '^(?:tags|filed under|categories)\\s*:',
    '\\bsubscribe to (?:our|the) (?:newsletter|blog)\\b',
  ],
  'a news article': [
    '\\((?:reuters|ap|afp|bloomberg|dpa)\\)',
    '\\bsaid (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|in a statement)\\b',
    '\\b(?:according to|told reporters|a spokesperson|spokeswoman|spokesman)\\b',
    '^(?:published|updated)\\s*[:]?\\s*\\w+ \\d{1,2},? \\d{4}',
    '\\b(?:reported|announced) (?:on|that|this week|today)\\b',
    '\\b(?:layoffs?|laid off|job cuts|hiring freeze)\\b',
  ],
  'a README': [
    '^(?:installation|install|usage|getting started|license|contributing|quick ?start)$',
    '\\b(?:npm|pnpm|yarn|pip|cargo|go) (?:install|add|get)\\b',
    '\\bgit clone\\b',
    '^```',
    '\\b(?:mit|apache|bsd|gpl)(?:-\\d(?:\\.\\d)?)? licen[sc]e\\b',
    '\\bpull requests? (?:are )?welcome\\b',
  ],
  "a company's about page": [
    '^(?:about us|our story|our mission|our values|our history|leadership|our leadership team|meet the team|press|investors|contact us)$',
    '\\b(?:was )?founded in (?:19|20)\\d\\d\\b',
    '\\bheadquartered in\\b',
    '\\bour (?:customers|clients) (?:include|trust)\\b',
  ],
}

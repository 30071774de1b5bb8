// Test articles written in the wire services' styles, after the 2018 public record (not copies of real reports).

export const YONHAP_ROUND_1 = `S. Korea, U.S. hold first working group meeting on N. Korea

Posted on : 2018-11-21 07:40 KST

WASHINGTON, Nov. 20 (Yonhap) -- South Korea and the United States held the first meeting of their working group on North Korea in Washington on Tuesday, discussing denuclearization and the inter-Korean railway project.

The meeting was co-chaired by Lee Do-hoon, Seoul's special representative for Korean Peninsula peace and security affairs, and U.S. Special Representative for North Korea Stephen Biegun.

"We had a very productive discussion," Beigun said after the talks.

South Korea's chief nuclear envoy Lee Do-hoon (R) shakes hands with Stephen Biegun at the State Department on Nov. 20, 2018. (Yonhap)`;

export const AP_ROUND_1 = `WASHINGTON (AP) — U.S. envoy Stephen Biegun and South Korean envoy Lee Do-hoon held the first meeting of a new working group on North Korea in Washington on Tuesday, the State Department said.

Deputy spokesperson Robert Palladino said the group would meet regularly.`;

/** Says the meeting was two days later than it was. */
export const MISDATED_ROUND_1 = `Posted on : 2018-11-24 09:00 KST

SEOUL, Nov. 24 (Yonhap) -- Lee Do-hoon and Stephen Biegun held the first working group meeting in Washington on Thursday, a diplomatic source said.`;

/** No dateline, no posting label: only weekdays. */
export const UNDATED_ROUND_2 = `U.S. envoy Stephen Biegun arrived in Seoul on Wednesday for a four-day visit.

Lee Do-hoon and Stephen Biegun held the second meeting of the working group in Seoul on Friday.`;

export const KCNA_STATEMENT = `Pyongyang, December 4 (KCNA) -- Kim Yong Chol, vice-chairman of the Central Committee of the Workers' Party of Korea, released the following statement on Tuesday:
The U.S. is still persisting in sanctions and pressure while the north and the south are making efforts to reconnect their railways.
Juche 107 (2018)`;

export const HTML_PAGE = `<!doctype html><html><head><title>Yonhap</title>
<script>window.stolen = document.cookie;</script><style>p { color: red }</style></head>
<body><a href="#content">Go to Contents</a>
<nav><ul><li>Politics</li><li>Economy</li></ul></nav>
<article><h1>Unification ministry briefs working group on railway survey</h1>
<p>Posted on : 2018-11-29 10:00 KST</p>
<p>SEOUL, Nov. 29 (Yonhap) -- Officials of the Ministry of Unification met Lee Do-hoon at Cheong Wa Dae on Wednesday to prepare the joint railway survey.</p>
<p><img src="x" onerror="alert(1)">The survey is to begin on Friday.</p></article>
<div class="footer">Send Feedback</div><script>alert('x')</script></body></html>`;

/** A KR-only note: the delegation's own press digest. */
export const KR_DIGEST = `Posted on : 2018-11-28 18:00 KST

SEOUL, Nov. 28 (Yonhap) -- Lee Do-hoon met Ministry of Unification officials at Cheong Wa Dae on Wednesday to discuss the Zebrafinch railway plan.`;

export const KR_DIGEST_ROUND_1 = `Posted on : 2018-11-21 09:00 KST

SEOUL, Nov. 21 (Yonhap) -- Lee Do-hoon and Stephen Biegun held the first working group meeting in Washington on Tuesday, the delegation's Quokkabriefing note says.`;

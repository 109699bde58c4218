"""Build the r-early staging batch (1991-2005 happenings) as CSV files.

Kept with the batch so the rows can be regenerated and reviewed in one place.
Run: python data/_staging/r-early/build.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACC = "2026-11-30"

SOURCE_COLS = "source_id,title,publisher,url,published,accessed,kind,language,checked_against,copy_of,repository,repo_path,commit,codebook,notes".split(",")
EVENT_COLS = "event_id,happening_id,date,date_end,precision,theme,kind,title,summary,place_id,subject_place_id,actors,actor_names,status,source_id,notes".split(",")
ACTOR_COLS = "actor_id,name,name_ru,name_az,kind,country,role,role_from,role_to,source_id".split(",")
PLACE_COLS = "place_id,name_en,name_az,name_ru,aliases,kind,country,lat,lon,within,source_id".split(",")

SC = "stored_copy"
# (source_id, title, publisher, url, published, kind, language, notes)
SOURCES = [
    ("garabagh-1991-negotiations", "Azerbaijani account of the 1991 Karabakh negotiations (Yeltsin–Nazarbayev mission and Zheleznovodsk)", "garabagh.net", "http://garabagh.net/content_308_en.html", "", "secondary", "en", "Azerbaijani-side site on the Karabakh conflict; read in the stored copy."),
    ("enwiki-zheleznovodsk-communique", "Encyclopedia article on the Zheleznovodsk Communiqué of September 1991", "Wikipedia (Wikimedia Foundation)", "https://en.wikipedia.org/wiki/Zheleznovodsk_Communiqu%C3%A9", "", "encyclopedia", "en", "Revision date not shown in the stored copy."),
    ("usdos-1991-09-24-moscow-27332", "US Embassy Moscow cable on the Armenia–Azerbaijan communiqué brokered by Yeltsin and Nazarbayev (declassified)", "U.S. Department of State (copy on Scribd)", "https://scribd.com/document/500651055/1991-09-24-Moscow-27332-Nagorno-Karabakh-meeting", "1991-09-24", "official", "en", "Declassified cable MOSCOW 27332 (case F-2008-02192), uploaded to Scribd; read in the stored copy. Dates the signing 24 September."),
    ("loc-country-study-azerbaijan-fsu", "Library of Congress country study of Azerbaijan: relations with former Soviet republics", "Library of Congress, Federal Research Division (copy on country-data.com)", "http://www.country-data.com/cgi-bin/query/r-996.html", "", "analysis", "en", "Country study text (mentions early 1994); the same text is on reference.allrefer.com. Publication date not shown in the stored copy."),
    ("jamestown-1997-07-landmark-yeltsin-aliev", "Jamestown Monitor on the opening of Heydar Aliyev's July 1997 Moscow visit and its contested agenda", "The Jamestown Foundation", "https://jamestown.org/program/landmark-yeltsin-aliev-meeting-faces-contentious-issues/", "1997-07", "analysis", "en", "Monitor vol. 3 issue 130."),
    ("archivesam-1993-09-06-ap-aliev-moscow", "AP report: Azerbaijani leader Aliyev in Moscow for talks (Daily Gazette, 6 Sept 1993)", "Associated Press (repost on archives.am)", "http://archives.am/azerbaijani-leader-in-moscow-for-talks", "1993-09-06", "news", "en", "Armenian archive site reposting an AP wire; 'arrived Sunday' in a Monday 6 Sept paper."),
    ("archivesam-1993-09-07-ap-aliev-yeltsin", "AP report: Azerbaijan asks Yeltsin to intercede (Gainesville Sun, 7 Sept 1993)", "Associated Press (repost on archives.am)", "https://archives.am/azerbaijan-asks-yeltsin-to-intercede/", "1993-09-07", "news", "en", "Armenian archive site reposting an AP wire; talks were held 'Monday'."),
    ("aliyev-heritage-1993-cis-accession-background", "Heydar Aliyev heritage library: background to Aliyev's statement at the CIS Ashgabat summit", "Heydar Aliyev Heritage library (lib.aliyevheritage.org)", "https://lib.aliyevheritage.org/print.php?lang=en&page=828425", "", "secondary", "en", "Commemorative library; cites 'The Republic of Azerbaijan at the CIS', Baku 2001."),
    ("azerbaijan-az-cis", "Official portal page on Azerbaijan and the CIS", "azerbaijan.az (official information portal of Azerbaijan)", "https://azerbaijan.az/en/related-information/197", "", "official", "en", ""),
    ("turan-csto-or-nato", "Turan analysis on Azerbaijan's past membership of the Collective Security Treaty", "Turan Information Agency", "https://turan.az/en/analytics/at-crossroads-csto-or-nato-2035707", "", "analysis", "en", "Publication date not shown in the stored copy."),
    ("belfer-russias-tinderbox-samur", "Belfer Center report 'Russia's Tinderbox' on Dagestan and the Lezgin question (page 58)", "Belfer Center for Science and International Affairs (copy on yumpu.com)", "https://www.yumpu.com/en/document/view/19174844/russias-tinderbox-belfer-center-for-science-and-international-/58", "", "analysis", "en", "Page-by-page copy on yumpu; publication year not shown in the stored copy."),
    ("pax-310-bishkek-protocol", "PA-X peace agreements database entry for the Bishkek Protocol", "PA-X Peace Agreements Database (University of Edinburgh)", "https://pax.peaceagreements.org/agreements/310", "", "secondary", "en", "Lists signatories and third parties, dated 5 May 1994."),
    ("enwiki-bishkek-protocol", "Encyclopedia article on the Bishkek Protocol", "Wikipedia (Wikimedia Foundation)", "https://en.wikipedia.org/wiki/Bishkek_Protocol", "", "encyclopedia", "en", "Dates the signing 12 May 1994, unlike PA-X and other pages (5 May)."),
    ("nkrusa-1994-ceasefire", "NKR Office in the USA page on the 1994 ceasefire agreement", "Office of the Nagorno-Karabakh Republic in the USA (nkrusa.org)", "http://nkrusa.org/nk%5Fconflict/cease_fire.shtml", "", "secondary", "en", "Armenian-side account; calls the armistice Russian-brokered."),
    ("jamestown-1997-01-russian-delegation-baku", "Jamestown Monitor: Russian delegation signs agreements in Baku", "The Jamestown Foundation", "https://jamestown.org/program/russian-delegation-signs-agreements-in-baku/", "1997-01", "analysis", "en", "Monitor vol. 3 issue 5; cites Itar-Tass and Interfax of 7 January 1997."),
    ("jamestown-1996-russia-eases-border", "Jamestown Monitor: Russia eases some border restrictions on Azerbaijan", "The Jamestown Foundation", "https://jamestown.org/program/russia-eases-some-border-restrictions-on-azerbaijan/", "1996", "analysis", "en", "Monitor vol. 2 issue 162; cites Turan of 30 August (1996)."),
    ("jamestown-1995-08-russia-chief-threat", "Jamestown Monitor: Russia seen as chief threat to Azerbaijan, region", "The Jamestown Foundation", "https://jamestown.org/program/russia-seen-as-chief-threat-to-azerbaijan-region/", "1995-08", "analysis", "en", "Monitor vol. 1 issue 71; summarises Moskovskaya Pravda of 9 August."),
    ("jamestown-1995-deal-of-century-illegal", "Jamestown Monitor: Moscow calls 'deal of the century' illegal", "The Jamestown Foundation", "https://jamestown.org/program/moscow-calls-deal-of-the-century-illegal/", "1995", "analysis", "en", "Monitor vol. 1 issue 121; the statements were made 'yesterday' at a Moscow seminar, with no calendar date on the page."),
    ("aliyev-heritage-1996-01-18-chernomyrdin-press", "Transcript of the Aliyev–Chernomyrdin press conference after signing economic agreements, Moscow, 18 January 1996", "Heydar Aliyev Heritage library (lib.aliyev-heritage.org)", "http://lib.aliyev-heritage.org/en/4810213.html", "1996-01-18", "secondary", "en", "Commemorative library; the heading dates the signing 18 January 1996."),
    ("moscowtimes-1996-01-pipeline-deal", "Moscow Times report: Russia, Azerbaijan sign pipeline deal", "The Moscow Times (archive on oldtmt.vedomosti.ru)", "http://oldtmt.vedomosti.ru/sitemap/free/1996/1/article/russia-azerbaijan-sign-pipeline-deal/329647.html", "1996-01", "news", "en", "Archive path is 1996/1; the article says the deal was signed 'Thursday'."),
    ("reportaz-2015-10-29-baku-novorossiysk", "Report.az: SOCAR says oil will keep flowing through Baku–Novorossiysk in 2016", "Report News Agency (report.az)", "https://report.az/en/energy/rovnag-abdullayev-the-supply-volume-through-baku-novorossiysk-pipeline-will-remain-at-the-same-lev/", "2015-10-29", "news", "en", "Background paragraph dates the transport contract 18 February 1996 and first supplies 25 October 1997."),
    ("jamestown-1996-05-cis-border-pact", "Jamestown Monitor: Azerbaijan sidesteps Russian call to join CIS border defence pact", "The Jamestown Foundation", "https://jamestown.org/program/azerbaijan-sidesteps-russian-call-to-join-cis-border-defense-pact/", "1996-05", "analysis", "en", "Monitor vol. 2 issue 95; cites Itar-Tass of 15 May."),
    ("jamestown-1996-05-lezgin-problem", "Jamestown Monitor: Lezgin problem simmering", "The Jamestown Foundation", "https://jamestown.org/program/lezgin-problem-simmering/", "1996-05", "analysis", "en", "Monitor vol. 2 issue 90; cites Interfax of 7 May."),
    ("kommersant-237411-aliyev-moscow-1996", "Kommersant on Heydar Aliyev's four-day Moscow visit for Yeltsin's inauguration", "Kommersant", "https://kommersant.ru/doc/237411", "1996-08", "news", "ru", "Date of the page not shown; Yeltsin's inauguration places it in August 1996."),
    ("jamestown-1997-02-transneft-chechnya", "Jamestown Monitor: Moscow pokes biggest hole yet in trans-Chechnya pipeline", "The Jamestown Foundation", "https://jamestown.org/program/moscow-pokes-biggest-hole-yet-in-trans-chechnya-pipeline/", "1997-02", "analysis", "en", "Monitor vol. 3 issue 25; cites Petroleum Information Agency of 4 February."),
    ("rferl-1084462-aliyev-arms-armenia", "RFE/RL: Aliyev presses Russia over illegal arms for Armenia", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1084462.html", "1997-04-04", "news", "en", "Says Turan did not give the date of the appeal."),
    ("asbarez-33383-azeris-alarmed-arms", "Reuters via Asbarez: Azeris alarmed over alleged arms sales to Armenia", "Reuters (repost by Asbarez)", "http://asbarez.com/33383/azeris-alarmed-over-alleged-arms-sales-to-armenia/", "1997", "news", "en", "Armenian-American paper reposting Reuters; day and month not shown."),
    ("rferl-1085586-aliyev-arrives-moscow", "RFE/RL: Azerbaijan/Russia presidents to discuss oil, defence issues", "Radio Free Europe/Radio Liberty", "https://www.rferl.org/a/1085586.html", "1997-07-02", "news", "en", ""),
    ("asbarez-33899-yeltsin-karabakh", "Reuters via Asbarez: Yeltsin vows to redirect attention to Karabakh", "Reuters (repost by Asbarez)", "http://asbarez.com/33899/yeltsin-vows-to-redirect-attention-to-karabakh/", "1997-07", "news", "en", "Armenian-American paper reposting Reuters; the Kremlin session was 'Thursday'."),
    ("jamestown-1997-06-luzhkov-baku", "Jamestown Monitor: Luzhkov launches initiative in Russian–Azerbaijani relations", "The Jamestown Foundation", "https://jamestown.org/program/luzhkov-launches-initiative-in-russian-azerbaijani-relations/", "1997-06", "analysis", "en", "Monitor vol. 3 issue 117; cites Turan and Russian agencies of 14-15 June."),
    ("jamestown-1997-10-baku-novorossiisk-opens", "Jamestown Monitor: Baku–Novorossiisk pipeline opens at last", "The Jamestown Foundation", "https://jamestown.org/program/baku-novorossiisk-pipeline-opens-at-last/", "1997-10", "analysis", "en", "Monitor vol. 3 issue 200; cites Turan and Russian agencies of 25 October."),
    ("jamestown-1997-10-border-guard-warns", "Jamestown Monitor: local border guard chief warns of possible provocations on the Russian–Azerbaijani border", "The Jamestown Foundation", "https://jamestown.org/program/local-border-guard-chief-warns-of-possible-provocations-on-russian-azerbaijani-border", "1997-10", "analysis", "en", "Monitor vol. 3 issue 185; cites Itar-Tass of 3 October and Nezavisimaya gazeta of 4 October."),
    ("jamestown-1998-10-moscow-embraces-aliev", "Jamestown Monitor: Moscow suddenly embraces Aliev", "The Jamestown Foundation", "https://jamestown.org/program/moscow-suddenly-embraces-aliev", "1998-10", "analysis", "en", "Monitor vol. 4 issue 192; cites Azerbaijan TV, AzadInform and Turan of 18 October."),
    ("jamestown-1999-02-stay-out-cis-security-pact", "Jamestown Monitor: Azerbaijan to stay out of CIS security pact", "The Jamestown Foundation", "https://jamestown.org/program/azerbaijan-to-stay-out-of-cis-security-pact/", "1999-02", "analysis", "en", "Monitor vol. 5 issue 26; cites Turan, Azad-Inform and Itar-Tass of 5-6 February."),
    ("moscowtimes-1999-02-baku-wants-out", "Moscow Times report: Baku wants out of CIS defence treaty", "The Moscow Times (archive on oldtmt.vedomosti.ru)", "http://oldtmt.vedomosti.ru/sitemap/free/1999/2/article/baku-wants-out-of-cis-defense-treaty/280389.html", "1999-02", "news", "en", "Archive path is 1999/2; the announcement is dated 'Friday'."),
    ("jamestown-1999-04-three-countries-quit-cst", "Jamestown Monitor: three countries confirm intent to quit Collective Security Treaty", "The Jamestown Foundation", "https://jamestown.org/?p=47522", "1999-04", "analysis", "en", "Monitor vol. 5 issue 65; cites Itar-Tass and RIA of 2-3 April."),
    ("aliyev-heritage-1999-04-02-cis-summit", "Heydar Aliyev heritage library: background to Aliyev's statement at the CIS summit in Moscow, 2 April 1999", "Heydar Aliyev Heritage library (lib.aliyev-heritage.org)", "https://lib.aliyev-heritage.org/en/8194304.html", "", "secondary", "en", "Commemorative library; cites Thomas de Waal's Black Garden for the arms figure."),
    ("ogj-1999-04-19-chechnya-closes-pipeline", "Oil & Gas Journal: Chechnya closes Baku–Novorossiisk export pipeline", "Oil & Gas Journal", "http://www.ogj.com/articles/print/volume-97/issue-16/in-this-issue/refining/chechnya-closes-baku-novorossiisk-export-pipeline.html", "1999-04-19", "news", "en", ""),
    ("aliyev-heritage-2000-01-17-berdennikov", "Transcript of Heydar Aliyev's talk with a Russian delegation led by Deputy Foreign Minister Berdennikov, 17 January 2000", "Heydar Aliyev Heritage library (lib.aliyev-heritage.org)", "https://lib.aliyev-heritage.org/en/1786589.html", "2000-01-17", "secondary", "en", "Commemorative library (transcript)."),
    ("aliyev-heritage-2000-12-26-sergeyev", "Transcript of Heydar Aliyev's talk with Russian Defence Minister Igor Sergeyev, 26 December 2000", "Heydar Aliyev Heritage library (lib.aliyevheritage.org)", "https://lib.aliyevheritage.org/en/1138834.html", "2000-12-26", "secondary", "en", "Commemorative library (transcript)."),
    ("gazprom-2004-02-miller-abbasov", "Gazprom press release on the Miller–Abbasov working meeting on gas for Azerbaijan", "Gazprom", "https://www.gazprom.com/press/news/2004/february/article88046/", "2004-02", "official", "en", "Day of the release not shown in the stored copy."),
    ("cacianalyst-2004-02-11-azerbaijan-russia", "CACI Analyst field report: is Azerbaijan turning towards Russia?", "Central Asia-Caucasus Institute (CACI Analyst)", "http://cacianalyst.org/publications/field-reports/item/8784-field-reports-caci-analyst-2004-2-11-art-8784.html", "2004-02-11", "analysis", "en", ""),
    ("asbarez-49501-aliyev-putin-moscow-2004", "Asbarez: Aliyev and Putin sign declaration during Moscow visit", "Asbarez (combined sources)", "https://asbarez.com/49501/aliyev-and-putin-sign-declaration-promising-cooperation-during-moscow-visit/", "2004-02", "news", "en", "Armenian-American paper; meetings dated 'Friday', the day of a Moscow metro bombing."),
    ("voa-2004-02-05-aliyev-moscow", "VOA: Azerbaijan's new president holds talks in Moscow", "Voice of America", "http://www.voanews.com/a/a-13-a-2004-02-05-44-azerbaijan-s-67338357/272145.html", "2004-02-05", "news", "en", ""),
    ("armenianclub-2004-07-22-azernews-chernomyrdin", "AzerNews report (repost): President Aliyev receives Viktor Chernomyrdin", "AzerNews (repost on armenianclub.com)", "https://www.armenianclub.com/2004/07/23/baku-aliyev-satisfied-with-development-of-relations-with-russia/", "2004-07-22", "news", "en", "Repost of AzerNews of 22 July 2004; the day of the meeting is cut off in the copy."),
    ("armeniandiaspora-2004-10-22-ap-borders-reopen", "AP report (repost): Russia reopens borders with Azerbaijan and Georgia", "Associated Press (repost on armeniandiaspora.com forum)", "https://armeniandiaspora.com/forum/2004/october-2004/11876-russia-reopens-borders-with-azerbaijan-georgia?p=11876", "2004-10-22", "news", "en", "Forum repost of an AP Worldstream wire."),
    ("kremlin-22650-putin-aliyev-azerbaijani-congress", "Kremlin transcript: Putin meets Ilham Aliyev on the occasion of the All-Russian Azerbaijani Congress", "President of Russia (kremlin.ru)", "http://en.special.kremlin.ru/events/president/transcripts/22650", "2004", "official", "en", "Date not shown in the stored copy; the speakers place it in 2004 (trade growing on 2003; 'next year' the Year of Azerbaijan in Russia, 2005)."),
    ("kavkaz-uzel-74723-aliyev-victory-60", "Kavkaz-uzel: Azerbaijan's president arrives in Moscow for the 60th anniversary of Victory", "Kavkazsky Uzel (Caucasian Knot)", "https://m.kavkaz-uzel.eu/articles/74723", "2005-05-09", "news", "ru", "Cites RIA Novosti."),
    ("aliyev-heritage-1999-09-21-kalyuzhny", "Transcript of Heydar Aliyev's talk with Russian Fuel and Energy Minister Viktor Kalyuzhny, 21 September 1999", "Heydar Aliyev Heritage library (lib.aliyevheritage.org)", "https://lib.aliyevheritage.org/ru/1876168.html", "1999-09-21", "secondary", "ru", "Commemorative library (transcript). Aliyev recalls an October 1993 intergovernmental oil and gas agreement."),
    ("aliyev-heritage-1999-04-20-chernomyrdin", "Transcript of Heydar Aliyev's talk with Viktor Chernomyrdin, Russian presidential envoy on Yugoslavia, 20 April 1999", "Heydar Aliyev Heritage library (lib.aliyev-heritage.org)", "https://lib.aliyev-heritage.org/ru/9642581.html", "1999-04-20", "secondary", "ru", "Commemorative library (transcript)."),
    ("aliyev-heritage-1999-11-05-aksenenko", "Transcript of Heydar Aliyev's talk with a Russian government delegation led by First Deputy Prime Minister Nikolai Aksenenko, 5 November 1999", "Heydar Aliyev Heritage library (lib.aliyev-heritage.org)", "https://lib.aliyev-heritage.org/ru/1188115.html", "1999-11-05", "secondary", "ru", "Commemorative library (transcript)."),
    ("jamestown-1995-young-lezgins-cross", "Jamestown Monitor: young Lezgins said to cross into Dagestan from Azerbaijan", "The Jamestown Foundation", "https://jamestown.org/program/young-lezgins-said-to-cross-into-dagestan-from-azerbaijan", "1995", "analysis", "en", "Monitor vol. 1 issue 94; no calendar date on the page."),
    ("jamestown-monitor-archive-1995-12-lukoil", "Jamestown Monitor archive listing with the item 'LUKoil spreading out' (December 1995)", "The Jamestown Foundation", "https://jamestown.org/program-name/monitor/page/1432", "1995-12", "analysis", "en", "A paginated archive listing; neighbouring items date it to December 1995, but the page number of such listings shifts over time. The item itself carries no date."),
    ("sputnik-2004-10-21-interparliamentary-commission", "RIA Novosti: Azerbaijani–Russian inter-parliamentary commission session", "RIA Novosti (sputnikglobe.com)", "https://sputnikglobe.com/20041021/39771711.html", "2004-10-21", "news", "en", ""),
]

def ev(event_id, hap, date, end, prec, theme, kind, title, summary, place, subject, actors, names, status, src, notes=""):
    return dict(zip(EVENT_COLS, [event_id, hap, date, end, prec, theme, kind, title, summary, place, subject, actors, names, status, src, notes]))

E = []
# ---- 1991
H = "yeltsin-nazarbayev-mediation-mission-1991"
T = "Yeltsin–Nazarbayev mediation mission visits Baku"
E.append(ev("yeltsin-nazarbayev-baku-1991-garabagh", H, "1991-09-21", "", "day", "diplomacy", "visit", T,
    "Russian President Boris Yeltsin and Kazakh President Nursultan Nazarbayev arrived in Baku to mediate in the Armenian–Azerbaijani conflict, then went on to Karabakh and Yerevan.",
    "baku", "karabakh", "boris-yeltsin;nursultan-nazarbayev", "Boris Yeltsin;Nursultan Nazarbayev", "reported", "garabagh-1991-negotiations"))
E.append(ev("yeltsin-nazarbayev-baku-1991-enwiki", H, "1991-09-20", "1991-09-23", "day", "diplomacy", "visit", T,
    "With the consent of Baku and Yerevan, Yeltsin and Nazarbayev led a mediation mission that visited Baku, Ganja, Stepanakert and Yerevan.",
    "baku", "karabakh", "boris-yeltsin;nursultan-nazarbayev", "Boris Yeltsin;Nursultan Nazarbayev", "reported", "enwiki-zheleznovodsk-communique",
    "The span covers the whole mission; garabagh.net puts the arrival in Baku on 21 September."))
H = "zheleznovodsk-communique-1991"
T = "Zheleznovodsk Communiqué on Nagorno-Karabakh"
E.append(ev("zheleznovodsk-communique-1991-enwiki", H, "1991-09-23", "", "day", "diplomacy", "declaration", T,
    "Mediated by Yeltsin and Nazarbayev, the leaders of Azerbaijan and Armenia signed a joint communiqué committing both sides to disarm militias, allow refugees to return and seek a peaceful settlement, with Russian and Kazakh officials to oversee the process.",
    "zheleznovodsk", "karabakh", "boris-yeltsin;ayaz-mutalibov;nursultan-nazarbayev;levon-ter-petrosyan", "Boris Yeltsin;Ayaz Mutalibov;Nursultan Nazarbayev;Levon Ter-Petrosian", "reported", "enwiki-zheleznovodsk-communique",
    "The article says the accord was never ratified."))
E.append(ev("zheleznovodsk-communique-1991-garabagh", H, "1991-09-23", "", "day", "diplomacy", "declaration", T,
    "At a meeting in Zheleznovodsk mediated by Yeltsin and Nazarbayev, Azerbaijani leader Mutallibov and Armenian leader Ter-Petrosyan signed a declaration on a peaceful settlement of the conflict.",
    "zheleznovodsk", "karabakh", "boris-yeltsin;nursultan-nazarbayev", "B.Yeltsin;N.Nazarbayev", "reported", "garabagh-1991-negotiations",
    "The page accuses the Armenian side of breaking the accord within days."))
E.append(ev("zheleznovodsk-communique-1991-uscable", H, "1991-09-24", "", "day", "diplomacy", "declaration", T,
    "Government representatives of Armenia and Azerbaijan signed a joint communiqué on Nagorno-Karabakh brokered by Yeltsin and Nazarbayev; a commission with Russian and Kazakh members was to enforce it.",
    "", "karabakh", "boris-yeltsin;nursultan-nazarbayev", "Boris Yel'tsin;Nursultan Nazarbayev", "reported", "usdos-1991-09-24-moscow-27332",
    "The contemporaneous cable gives 24 September; the encyclopedia and garabagh.net give 23 September. Both kept."))
E.append(ev("azerbaijan-signs-alma-ata-declaration-1991", "azerbaijan-signs-alma-ata-declaration-1991", "1991-12", "", "month", "diplomacy", "agreement",
    "Azerbaijan signs the Alma-Ata Declaration founding the CIS",
    "Azerbaijan signed the Alma-Ata Declaration as a founding member of the Commonwealth of Independent States, the grouping of former Soviet republics that includes Russia.",
    "", "", "azerbaijan", "Azerbaijan", "reported", "loc-country-study-azerbaijan-fsu",
    "The study gives the month only and names neither the place nor the other signatories."))
# ---- 1992
H = "elchibey-friendship-treaty-1992"
T = "Elchibey signs a friendship treaty with Russia"
E.append(ev("elchibey-friendship-treaty-1992-loc", H, "1992-10-12", "", "day", "diplomacy", "treaty", T,
    "Azerbaijani President Abulfaz Elchibey signed a friendship treaty with Russia providing for mutual assistance against aggression and for the protection of each other's resident citizens.",
    "", "", "abulfaz-elchibey;russia", "Elchibey;Russia", "reported", "loc-country-study-azerbaijan-fsu"))
E.append(ev("elchibey-friendship-treaty-1992-jamestown", H, "1992", "", "year", "diplomacy", "treaty", T,
    "A 1992 treaty signed by Boris Yeltsin and Abulfaz Elchibey was to be superseded by the framework treaty signed during Heydar Aliyev's July 1997 visit.",
    "", "", "boris-yeltsin;abulfaz-elchibey", "Yeltsin;Abulfaz Elchibey", "reported", "jamestown-1997-07-landmark-yeltsin-aliev"))
E.append(ev("azerbaijan-legislature-rejects-cis-1992", "azerbaijan-legislature-rejects-cis-1992", "1992-10", "", "month", "diplomacy", "other",
    "Azerbaijan's legislature votes against ratifying CIS membership",
    "Azerbaijan's legislature voted against ratifying the country's membership of the CIS; Azerbaijan kept observer status and attended some CIS meetings.",
    "baku", "", "azerbaijan", "Azerbaijan", "reported", "loc-country-study-azerbaijan-fsu"))
E.append(ev("sadval-cross-border-demonstrations-1992", "sadval-cross-border-demonstrations-1992", "1992", "", "year", "border", "other",
    "Sadval organises Lezgin demonstrations on both sides of the border",
    "The Lezgin national movement Sadval organised mass demonstrations of Lezgins on both sides of the new Russian–Azerbaijani border along the Samur, demanding a united Lezgin republic within Russia.",
    "", "samur-river", "", "", "reported", "jamestown-1997-10-border-guard-warns"))
# ---- 1993
E.append(ev("aliyev-moscow-visit-1993-09", "aliyev-moscow-visit-1993-09", "1993-09-05", "", "day", "diplomacy", "visit",
    "Heydar Aliyev's visit to Moscow, September 1993",
    "Azerbaijan's leader Heydar Aliyev arrived in Moscow for talks with Russian officials on ending the war with Armenia, after parliament had authorised him to decide on joining the CIS.",
    "moscow", "", "heydar-aliyev", "Geydar Aliev", "reported", "archivesam-1993-09-06-ap-aliev-moscow",
    "The wire in the 6 September paper says he arrived 'Sunday', i.e. 5 September."))
E.append(ev("aliyev-yeltsin-talks-1993-09", "aliyev-yeltsin-talks-1993-09", "1993-09-06", "", "day", "diplomacy", "meeting",
    "Aliyev asks Yeltsin for help against the Armenian advance",
    "After an hour of talks with Boris Yeltsin in the Kremlin, Azerbaijan's acting president Heydar Aliyev promised to repair ties with Moscow, said Azerbaijan might join the CIS and urged Russia to help stop the Armenian advance; he also asked Defence Minister Grachev to use Russia's influence with Armenia.",
    "moscow", "karabakh", "heydar-aliyev;boris-yeltsin", "Geidar Aliev;Boris Yeltsin", "reported", "archivesam-1993-09-07-ap-aliev-yeltsin",
    "The wire in the 7 September paper dates the talks 'Monday', i.e. 6 September."))
E.append(ev("supreme-soviet-decides-to-join-cis-1993", "supreme-soviet-decides-to-join-cis-1993", "1993-09-20", "", "day", "diplomacy", "other",
    "Azerbaijan's Supreme Soviet decides to join the CIS and its Collective Security Treaty",
    "Azerbaijan's Supreme Soviet adopted a decision on joining the Commonwealth of Independent States and its Collective Security Treaty.",
    "baku", "", "azerbaijan", "Supreme Soviet of the Republic of Azerbaijan", "reported", "aliyev-heritage-1993-cis-accession-background"))
H = "azerbaijan-accedes-to-cis-1993"
T = "Azerbaijan accedes to the CIS and signs the Collective Security Treaty"
E.append(ev("azerbaijan-accedes-to-cis-1993-heritage", H, "1993-09", "", "month", "diplomacy", "agreement", T,
    "Heydar Aliyev, in Moscow, signed the documents that took Azerbaijan into the CIS, the Alma-Ata Declaration and the Collective Security Treaty.",
    "moscow", "", "heydar-aliyev", "Heydar Aliyev", "reported", "aliyev-heritage-1993-cis-accession-background",
    "The page gives no day for the signing, only that it followed the 20 September decision."))
E.append(ev("azerbaijan-accedes-to-cis-1993-portal", H, "1993-09-24", "", "day", "diplomacy", "agreement", T,
    "A meeting of the CIS Council of Heads of State adopted a decision on Azerbaijan's accession to the CIS.",
    "", "", "azerbaijan", "Republic of Azerbaijan", "reported", "azerbaijan-az-cis"))
E.append(ev("azerbaijan-accedes-to-cis-1993-turan", H, "1993-09-24", "", "day", "military", "agreement", T,
    "Azerbaijan signed the Collective Security Treaty, whose original parties included Russia.",
    "", "", "azerbaijan;russia", "Azerbaijan;Russia", "reported", "turan-csto-or-nato"))
E.append(ev("samur-border-kept-open-1993", "samur-border-kept-open-1993", "1993", "", "year", "border", "other",
    "Russia and Azerbaijan decide to keep the Samur border open",
    "Russia and Azerbaijan decided to keep their border along the Samur river open, which eased Lezgin protests on both sides.",
    "", "samur-river", "russia;azerbaijan", "Russian Federation;Azerbaijan", "reported", "belfer-russias-tinderbox-samur",
    "The report places the decision 'later in the spring of 1993'."))
# ---- 1994
H = "bishkek-protocol-1994"
T = "Bishkek Protocol on a Karabakh ceasefire, with Russian mediation"
E.append(ev("bishkek-protocol-1994-pax", H, "1994-05-05", "", "day", "diplomacy", "protocol", T,
    "Parliamentary leaders of Azerbaijan, Armenia and Nagorno-Karabakh signed a protocol in Bishkek calling for a formal ceasefire; Federation Council chairman Vladimir Shumeyko and Russian presidential envoy Vladimir Kazimirov signed as mediators.",
    "bishkek", "karabakh", "federation-council;vladimir-kazimirov", "Council of Federation of Russia;V. Kazimirov", "reported", "pax-310-bishkek-protocol"))
E.append(ev("bishkek-protocol-1994-enwiki", H, "1994-05-12", "", "day", "diplomacy", "protocol", T,
    "The encyclopedia says the provisional ceasefire protocol was signed in Bishkek by representatives of Armenia, Azerbaijan, Karabakh's Armenians and Russia on 12 May 1994.",
    "bishkek", "karabakh", "russia", "Russia", "disputed", "enwiki-bishkek-protocol",
    "Contradicted by the PA-X entry and other pages that date the protocol 5 May 1994; 12 May is when the ceasefire took effect."))
E.append(ev("karabakh-ceasefire-takes-effect-1994", "karabakh-ceasefire-takes-effect-1994", "1994-05-12", "", "day", "military", "entry_into_force",
    "Russian-brokered Karabakh ceasefire takes effect",
    "A Russian-brokered armistice signed by the defence ministers of Armenia and Azerbaijan and the Karabakh Armenian commander halted hostilities from midnight on 12 May 1994.",
    "", "karabakh", "russia;azerbaijan;armenia", "Russian;Azerbaijan;Armenia", "reported", "nkrusa-1994-ceasefire",
    "Armenian-side source; the signing came 'a week after' the 5 May protocol, with no exact day."))
E.append(ev("azerbaijan-debt-to-russia-agreement-1994", "azerbaijan-debt-to-russia-agreement-1994", "1994-10-21", "", "day", "trade", "agreement",
    "Agreement fixing Azerbaijan's state debt to Russia",
    "An agreement of 21 October 1994 set Azerbaijan's state debt to Russia at about 80 million dollars; by January 1997 Azerbaijan's parliament had not ratified it and Baku sought a reduction.",
    "", "", "azerbaijan;russia", "Azerbaijan;Russia", "reported", "jamestown-1997-01-russian-delegation-baku"))
E.append(ev("land-border-closed-1994-jamestown", "russia-keeps-the-land-border-with-azerbaijan", "1994-12", "", "month", "border", "closure",
    "Russia keeps the land border with Azerbaijan closed",
    "Russia closed its land border with Azerbaijan in December 1994 to isolate Chechnya, claiming that Chechen fighters were supplied from Azerbaijan through Dagestan.",
    "", "", "russia", "Russia", "reported", "jamestown-1996-russia-eases-border"))
# ---- 1995
E.append(ev("guluzade-report-russia-adversary-1995", "guluzade-report-russia-adversary-1995", "1995-08-09", "", "day", "diplomacy", "statement",
    "Aliyev adviser's report calls Russia Azerbaijan's main adversary",
    "A report by Vafa Guluzade, foreign policy adviser to President Heydar Aliyev, summarised in Moskovskaya Pravda, called Russia Azerbaijan's main adversary and obstacle to full independence and urged a larger US and West European role in the region.",
    "", "", "vafa-guluzade", "Vafa Gulizade", "reported", "jamestown-1995-08-russia-chief-threat",
    "Dated by the newspaper summary (9 August); the report's own date is not given."))
E.append(ev("russian-mfa-rejects-deal-of-century-1995", "russian-mfa-rejects-deal-of-century-1995", "1995", "", "year", "energy", "statement",
    "Russian Foreign Ministry refuses to recognise Baku's 'deal of the century'",
    "Deputy Foreign Minister Albert Chernyshev said Caspian states had no right to develop the sea's resources before its status was settled, and the ministry's legal director Aleksandr Khodakov said Russia could not recognise the legal grounds of Azerbaijan's Chirag–Azeri–Guneshli contract.",
    "moscow", "", "mfa-rus", "Foreign Ministry", "reported", "jamestown-1995-deal-of-century-illegal"))
# ---- 1996
H = "baku-novorossiysk-transit-agreement-1996"
T = "Agreement on carrying Azerbaijani oil through Russia to Novorossiysk"
E.append(ev("oil-transit-agreement-1996-heritage", H, "1996-01-18", "", "day", "energy", "agreement", T,
    "Russian Prime Minister Viktor Chernomyrdin and President Heydar Aliyev signed in Moscow an agreement on transporting Azerbaijani oil across Russia, which Chernomyrdin said restored the long-standing northern route.",
    "moscow", "novorossiysk", "viktor-chernomyrdin;heydar-aliyev", "Viktor Chernomyrdin;Heydar Aliyev", "reported", "aliyev-heritage-1996-01-18-chernomyrdin-press",
    "The transcript writes 'Victor Chernomyrdin'."))
E.append(ev("oil-transit-agreement-1996-moscowtimes", H, "1996-01", "", "month", "energy", "agreement", T,
    "Chernomyrdin and Aliyev signed a deal at the White House in Moscow, after a year of talks, for the international consortium's early Caspian oil, about 70,000 barrels a day, to go to Novorossiisk from the second half of the year.",
    "moscow", "novorossiysk", "viktor-chernomyrdin;heydar-aliyev", "Viktor Chernomyrdin;Heydar Aliyev", "reported", "moscowtimes-1996-01-pipeline-deal",
    "Signed 'Thursday' (18 January 1996 was a Thursday). The page writes 'Heidar Aliyev'."))
E.append(ev("oil-transit-agreement-1996-reportaz", H, "1996-02-18", "", "day", "energy", "agreement", T,
    "A 2015 news item states that the contract on transporting Azerbaijani oil via Baku–Novorossiysk was signed in Moscow on 18 February 1996.",
    "moscow", "novorossiysk", "", "", "disputed", "reportaz-2015-10-29-baku-novorossiysk",
    "Contradicted by the January 1996 press-conference transcript and the Moscow Times report of January 1996."))
E.append(ev("economic-cooperation-principles-1996", "economic-cooperation-principles-1996", "1996-01-18", "", "day", "trade", "agreement",
    "Intergovernmental agreements on the main principles of economic cooperation",
    "The governments of Azerbaijan and Russia signed agreements on the main principles and directions of economic cooperation during Aliyev's talks with Chernomyrdin in Moscow.",
    "moscow", "", "heydar-aliyev;viktor-chernomyrdin", "Heydar Aliyev;Viktor Chernomyrdin", "reported", "aliyev-heritage-1996-01-18-chernomyrdin-press"))
E.append(ev("azerbaijan-bars-dagestan-lezgins-1996", "azerbaijan-bars-dagestan-lezgins-1996", "1996-05", "", "month", "border", "other",
    "Azerbaijan bars 96 Dagestan residents; Dagestan asks Moscow to intercede",
    "Azerbaijan's security authorities gave Dagestan a list of 96 people, mostly Lezgins and Sadval members, banned from entering Azerbaijan; Dagestan asked Russia's Foreign Ministry to intercede over what it called persecution of its residents.",
    "", "", "azerbaijan;mfa-rus", "Azerbaijan's national security authorities;Russia's Foreign Ministry", "reported", "jamestown-1996-05-lezgin-problem"))
E.append(ev("russia-urges-cis-border-pact-1996", "russia-urges-cis-border-pact-1996", "1996-05", "", "month", "border", "proposal",
    "Russian border chief urges Azerbaijan to join the CIS border-defence pact; Baku declines",
    "Russian border troops commander Gen. Andrei Nikolaev publicly urged Azerbaijan to sign the agreement on joint defence of CIS external borders; Azerbaijan's border troops chief Abbasali Novruzov replied that national interest led Baku to refuse, offering instead a bilateral anti-smuggling border deal.",
    "", "", "federal-border-service-rus;azerbaijan", "Andrei Nikolaev;Abbasali Novruzov", "reported", "jamestown-1996-05-cis-border-pact",
    "Statements made a day before the Itar-Tass report of 15 May."))
E.append(ev("aliyev-moscow-visit-1996-08", "aliyev-moscow-visit-1996-08", "1996-08-07", "", "day", "diplomacy", "visit",
    "Heydar Aliyev's visit to Moscow for Yeltsin's inauguration",
    "Aliyev arrived in Moscow on 7 August for Yeltsin's inauguration and, during a four-day visit, persuaded Moscow to unblock the border closed since the Chechen war and raised the protection of the Azerbaijani diaspora with Russia's security chiefs and Moscow's mayor.",
    "moscow", "", "heydar-aliyev;viktor-chernomyrdin", "Гейдар Алиев;Виктор Черномырдин", "reported", "kommersant-237411-aliyev-moscow-1996"))
E.append(ev("russia-eases-border-entry-1996", "russia-eases-border-entry-1996", "1996-08", "", "month", "border", "opening",
    "Russia eases entry for Azerbaijani citizens at the land border",
    "Gen. Andrei Nikolaev, head of Russia's Federal Border Service, eased entry rules so that Azerbaijani women, children, pensioners and people travelling for family events, business, work or study could cross the land border; goods traffic was not mentioned.",
    "", "", "federal-border-service-rus", "Federal Border Service", "reported", "jamestown-1996-russia-eases-border",
    "Reported by Turan on 30 August 1996."))
# ---- 1997
E.append(ev("serov-delegation-protocols-baku-1997", "serov-delegation-protocols-baku-1997", "1997-01", "", "month", "trade", "protocol",
    "Russian delegation under Deputy PM Serov signs protocols in Baku",
    "A Russian government delegation led by Deputy Prime Minister Valeri Serov signed protocols in Baku on mutual deliveries of products in 1997 and on transport; the Caspian regime and mutual debts stayed unresolved.",
    "baku", "", "russia;azerbaijan", "Russian delegation;Azerbaijan", "reported", "jamestown-1997-01-russian-delegation-baku"))
E.append(ev("russia-agrees-trial-oil-pumping-1997", "russia-agrees-trial-oil-pumping-1997", "1997-01", "", "month", "energy", "agreement",
    "Russia agrees to pump a trial 200,000 tonnes of Azerbaijani crude",
    "Russia agreed to pump 200,000 tonnes of Azerbaijani crude through the pipeline to Novorossiysk from February to August 1997, starting with 30,000 tonnes in February.",
    "", "novorossiysk", "russia;azerbaijan", "Russia;Azerbaijan", "reported", "jamestown-1997-02-transneft-chechnya"))
E.append(ev("transneft-rejects-socar-oil-1997", "transneft-rejects-socar-oil-1997", "1997-02", "", "month", "energy", "denial",
    "Transneft refuses to carry SOCAR's own oil under the January deal",
    "Transneft told Baku it would not carry Azerbaijani oil to Novorossiysk via Chechnya, arguing the January deal covered only the AIOC consortium's oil; SOCAR vice-president Ilham Aliyev said it covered Azerbaijani oil without distinction.",
    "", "novorossiysk", "transneft;ilham-aliyev", "Transneft;Ilham Aliev", "reported", "jamestown-1997-02-transneft-chechnya",
    "Reported by the Petroleum Information Agency on 4 February 1997."))
H = "aliyev-presses-yeltsin-over-arms-1997"
T = "Aliyev presses Yeltsin to recover Russian arms sent to Armenia"
E.append(ev("aliyev-arms-appeal-1997-rferl", H, "1997-04", "", "month", "military", "statement", T,
    "Heydar Aliyev urged Boris Yeltsin to act to recover arms worth at least one billion dollars illegally handed to Armenia; Russia's defence minister had opened an inquiry into transfers of 84 T-72 tanks and 50 infantry fighting vehicles in 1994–96.",
    "", "", "heydar-aliyev;boris-yeltsin", "Heydar Aliyev;Boris Yeltsin", "reported", "rferl-1084462-aliyev-arms-armenia",
    "RFE/RL (4 April 1997) says Turan did not give the day of the appeal. The page writes 'Geidar Aliyev'."))
E.append(ev("aliyev-arms-appeal-1997-reuters", H, "1997", "", "year", "military", "statement", T,
    "Aliyev sent Yeltsin a message urging that the arms sent to Armenia be returned to Russia, and parliament speaker Murtuz Aleskerov warned that the shipments could lead to a new war; Azerbaijan's ambassador said the Kremlin had promised an investigation.",
    "baku", "", "heydar-aliyev;boris-yeltsin", "Heydar Aliyev;Boris Yeltsin", "reported", "asbarez-33383-azeris-alarmed-arms",
    "The page writes 'Gaidar Aliyev'."))
E.append(ev("chernomyrdin-denies-arms-to-armenia-1997", "chernomyrdin-denies-arms-to-armenia-1997", "1997-07-01", "", "day", "military", "denial",
    "Chernomyrdin denies government sanction of arms supplies to Armenia",
    "On the eve of Aliyev's Moscow visit, Prime Minister Viktor Chernomyrdin denied that the Russian government had sanctioned illegal arms supplies to Armenia, while Aliyev told Russia's ambassador he expected a clear answer on the inquiry.",
    "", "", "viktor-chernomyrdin;heydar-aliyev", "Viktor Chernomyrdin;Heydar Aliyev", "reported", "rferl-1085586-aliyev-arrives-moscow",
    "'Yesterday' in a report dated 2 July 1997."))
E.append(ev("luzhkov-baku-agreements-1997", "luzhkov-baku-agreements-1997", "1997-06", "", "month", "trade", "agreement",
    "Moscow mayor Luzhkov signs economic agreements in Baku",
    "Moscow mayor Yury Luzhkov and Azerbaijani officials signed in Baku mostly intent agreements for Azerbaijani oil, oil products and farm produce in exchange for Moscow's industrial and consumer goods; Luzhkov backed reopening the border to commercial traffic.",
    "baku", "", "yury-luzhkov;azerbaijan", "Yury Luzhkov;government of Azerbaijan", "reported", "jamestown-1997-06-luzhkov-baku"))
H = "first-oil-through-baku-novorossiysk-1997"
T = "Azerbaijani oil starts flowing through the Baku–Novorossiysk pipeline"
E.append(ev("first-oil-baku-novorossiysk-1997-reportaz", H, "1997-10-25", "", "day", "energy", "opening", T,
    "The first Azerbaijani oil supplies to the world market through the Baku–Novorossiysk pipeline took place on 25 October 1997.",
    "", "novorossiysk", "", "", "reported", "reportaz-2015-10-29-baku-novorossiysk"))
E.append(ev("first-oil-baku-novorossiysk-1997-jamestown", H, "1997-10", "", "month", "energy", "opening", T,
    "SOCAR began pumping oil through the Russian section of the pipeline: a trial 2,500 tonnes crossed into Dagestan towards the Chechen section, with LUKoil as main buyer, after months of delays over the pipeline's condition.",
    "", "novorossiysk", "socar;lukoil", "SOCAR;LUKoil", "reported", "jamestown-1997-10-baku-novorossiisk-opens",
    "'Yesterday' in an issue citing reports of 25 October."))
E.append(ev("border-guard-warns-sadval-1997", "border-guard-warns-sadval-1997", "1997-10", "", "month", "border", "statement",
    "Russian border commander warns of Sadval provocations on the Azerbaijani border",
    "Sergei Bondarev, commander of Russia's Makhachkala border detachment, warned Dagestan's leadership that tension on the border with Azerbaijan was rising and that Lezgin Sadval fighters might stage armed provocations; Sadval denied having armed men.",
    "makhachkala", "samur-river", "federal-border-service-rus", "Makhachkala detachment of the Caucasus Special Border Guards District", "reported", "jamestown-1997-10-border-guard-warns",
    "Reported by Itar-Tass on 3 October 1997."))
# second reports of the July 1997 visit
E.append(ev("aliyev-moscow-visit-1997-rferl", "heydar-aliyev-s-official-visit-to-moscow-july", "1997-07-02", "", "day", "diplomacy", "visit",
    "Heydar Aliyev's official visit to Moscow, July 1997",
    "Heydar Aliyev arrived in Moscow for talks with Boris Yeltsin, to stay until Saturday; 12 agreements on settling financial claims and on economic cooperation were expected.",
    "moscow", "", "heydar-aliyev;boris-yeltsin", "Heydar Aliyev;Boris Yeltsin", "reported", "rferl-1085586-aliyev-arrives-moscow"))
E.append(ev("aliyev-moscow-visit-1997-jamestown-130", "heydar-aliyev-s-official-visit-to-moscow-july", "1997-07-02", "", "day", "diplomacy", "visit",
    "Heydar Aliyev's official visit to Moscow, July 1997",
    "Aliyev began a three-day official visit to Moscow with talks with Chernomyrdin on oil; his agenda included the Novorossiysk oil route, the Caspian, the Gabala radar, the closed border crossings and the arms deliveries to Armenia.",
    "moscow", "", "heydar-aliyev;viktor-chernomyrdin", "Haidar Aliev;Viktor Chernomyrdin", "reported", "jamestown-1997-07-landmark-yeltsin-aliev",
    "'Yesterday' in the issue; dated by the RFE/RL report of the arrival on 2 July."))
E.append(ev("aliyev-moscow-visit-1997-reuters", "heydar-aliyev-s-official-visit-to-moscow-july", "1997-07-03", "", "day", "diplomacy", "visit",
    "Heydar Aliyev's official visit to Moscow, July 1997",
    "After 90 minutes of talks with Aliyev in the Kremlin, Yeltsin said Russia and Azerbaijan had resolved their bilateral problems except the Caspian status, the oil route and a railway link, and promised a joint push with the US and France on Karabakh.",
    "moscow", "karabakh", "boris-yeltsin;heydar-aliyev", "Boris Yeltsin;Heydar Aliyev", "reported", "asbarez-33899-yeltsin-karabakh",
    "Talks 'Thursday', i.e. 3 July 1997. The page writes 'Gaidar Aliyev'."))
# ---- 1998
E.append(ev("russian-delegation-aliyev-inauguration-1998", "russian-delegation-aliyev-inauguration-1998", "1998-10-18", "", "day", "diplomacy", "visit",
    "Senior Russian delegation attends Aliyev's second inauguration",
    "Foreign Minister Igor Ivanov, CIS Affairs Minister Boris Pastukhov, CIS Executive Secretary Boris Berezovsky and Duma members attended Heydar Aliyev's inauguration in Baku, congratulated him and called for Russian–Azerbaijani cooperation on regional problems.",
    "baku", "", "igor-ivanov;heydar-aliyev", "Igor Ivanov;Haidar Aliev", "reported", "jamestown-1998-10-moscow-embraces-aliev",
    "The inauguration was timed to Azerbaijan's independence day, 18 October."))
E.append(ev("yeltsin-congratulates-aliyev-1998", "yeltsin-congratulates-aliyev-1998", "1998-10", "", "month", "diplomacy", "statement",
    "Yeltsin congratulates Aliyev on his re-election",
    "Boris Yeltsin, Duma chairman Gennady Seleznev and Federation Council chairman Yegor Stroev sent publicised messages congratulating Heydar Aliyev on his election victory.",
    "moscow", "", "boris-yeltsin;federation-council", "Boris Yeltsin;Federation Council Chairman Yegor Stroev", "reported", "jamestown-1998-10-moscow-embraces-aliev"))
# ---- 1999
H = "azerbaijan-will-not-prolong-cst-1999"
T = "Azerbaijan announces it will not prolong its Collective Security Treaty membership"
E.append(ev("azerbaijan-cst-announcement-1999-jamestown", H, "1999-02-05", "", "day", "military", "statement", T,
    "At a CIS foreign ministers' meeting in Moscow, Deputy Foreign Minister Khalaf Khalafov announced that Azerbaijan would not prolong its membership of the CIS Collective Security Treaty, citing Russia's military support to Armenia.",
    "moscow", "", "khalaf-khalafov", "Khalaf Khalafov", "reported", "jamestown-1999-02-stay-out-cis-security-pact"))
E.append(ev("azerbaijan-cst-announcement-1999-moscowtimes", H, "1999-02", "", "month", "military", "statement", T,
    "An Azerbaijani diplomat quoted by Interfax said Azerbaijan would leave the CIS military alliance.",
    "", "", "azerbaijan", "Azerbaijan", "reported", "moscowtimes-1999-02-baku-wants-out",
    "Announcement made 'Friday'."))
E.append(ev("azerbaijan-protests-russian-arms-in-armenia-1999", "azerbaijan-protests-russian-arms-in-armenia-1999", "1999", "", "year", "military", "statement",
    "Azerbaijan protests Russian S-300 and MiG-29 deployments to bases in Armenia",
    "Azerbaijan protested Russia's decision to send S-300 air-defence systems and MiG-29 fighters to its two bases in Armenia; Azerbaijani officials floated inviting NATO bases and threatened to shut the Gabala radar, while a Russian defence official offered Baku the same level of Russian presence.",
    "", "gabala-radar", "azerbaijan;mod-rus", "Azerbaijan;Russian Defense Ministry", "reported", "moscowtimes-1999-02-baku-wants-out",
    "The page (February 1999) does not date the protest itself."))
H = "azerbaijan-refuses-cst-extension-1999"
T = "Azerbaijan does not sign the protocol extending the Collective Security Treaty"
E.append(ev("cst-extension-refused-1999-turan", H, "1999-04-02", "", "day", "military", "withdrawal", T,
    "The presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan signed a protocol extending the Collective Security Treaty for five years; Azerbaijan, Georgia and Uzbekistan refused to extend it.",
    "", "", "azerbaijan;russia", "Azerbaijan;Russia", "reported", "turan-csto-or-nato"))
E.append(ev("cst-extension-refused-1999-jamestown", H, "1999-04", "", "month", "military", "withdrawal", T,
    "Around the CIS summit, Aliyev's senior adviser Vafa Guluzade reaffirmed that Azerbaijan would not prolong its participation in the treaty, and Yeltsin's adviser Sergei Prikhodko confirmed that only five other countries would stay with Russia.",
    "moscow", "", "vafa-guluzade;russia", "Vafa Guluzade;Russia", "reported", "jamestown-1999-04-three-countries-quit-cst"))
H = "aliyev-cis-summit-arms-protest-1999"
T = "At the CIS summit in Moscow, Aliyev protests Russia's arming of Armenia"
E.append(ev("aliyev-cis-summit-1999-heritage", H, "1999-04-02", "", "day", "military", "statement", T,
    "At the Moscow meeting of CIS heads of state, Heydar Aliyev protested that Russia was arming Armenia and strengthening military cooperation with it while acting as a Minsk Group mediator, and said the trilateral inquiry into illegal arms transfers had been obstructed.",
    "moscow", "", "heydar-aliyev", "Heydar Aliyev", "reported", "aliyev-heritage-1999-04-02-cis-summit"))
E.append(ev("aliyev-cis-summit-1999-jamestown", H, "1999-04", "", "month", "military", "statement", T,
    "Aliyev criticised Russia at the CIS summit for expanding its military presence in Armenia and deploying heavy weapons there in violation of the CFE treaty.",
    "moscow", "", "heydar-aliyev", "Haidar Aliev", "reported", "jamestown-1999-04-three-countries-quit-cst"))
E.append(ev("chechnya-shuts-baku-novorossiysk-1999", "chechnya-shuts-baku-novorossiysk-1999", "1999-04", "", "month", "energy", "closure",
    "Chechen authorities shut their section of the Baku–Novorossiysk pipeline",
    "Chechnya's government halted oil transit on its section of the Baku–Novorossiysk pipeline, Azerbaijan's main export route, saying Moscow had not paid for pipeline security for six months; Russia's fuel minister said a payment of about 70 million roubles had been drafted.",
    "", "novorossiysk", "", "", "reported", "ogj-1999-04-19-chechnya-closes-pipeline"))
# ---- 2000
E.append(ev("berdennikov-received-in-baku-2000", "berdennikov-received-in-baku-2000", "2000-01-17", "", "day", "diplomacy", "meeting",
    "Aliyev receives Russian Deputy Foreign Minister Berdennikov",
    "Heydar Aliyev received a Russian delegation led by Deputy Foreign Minister Grigory Berdennikov, which came to prepare a meeting in Moscow on 24–25 January; Aliyev agreed to a three-way meeting with Putin and Kocharyan and voiced concern about Russian media coverage.",
    "baku", "", "heydar-aliyev;mfa-rus", "Heydar Aliyev;Delegation of Russia", "reported", "aliyev-heritage-2000-01-17-berdennikov"))
E.append(ev("sergeyev-visits-baku-2000", "sergeyev-visits-baku-2000", "2000-12-25", "2000-12-26", "day", "military", "visit",
    "Russian Defence Minister Igor Sergeyev visits Baku",
    "Marshal Igor Sergeyev held talks in Baku at the invitation of Azerbaijan's defence minister, met the prime minister and parliament speaker, and was received by Heydar Aliyev, who remarked that no Russian defence minister had visited for years.",
    "baku", "", "igor-sergeyev;heydar-aliyev", "Igor Sergeyev;Heydar Aliyev", "reported", "aliyev-heritage-2000-12-26-sergeyev",
    "Aliyev says on 26 December that Sergeyev 'arrived yesterday'."))
E.append(ev("military-cooperation-plan-2001-signed", "military-cooperation-plan-2001-signed", "2000-12-25", "", "day", "military", "programme",
    "Plan of military cooperation for 2001 signed",
    "During Sergeyev's visit the Russian and Azerbaijani defence ministries signed two documents, one of them a plan of military cooperation for 2001.",
    "baku", "", "igor-sergeyev;mod-aze", "Igor Sergeyev;Ministry of Defense", "reported", "aliyev-heritage-2000-12-26-sergeyev",
    "Sergeyev says on 26 December that the documents were signed 'yesterday'."))
# ---- 2003-2005
E.append(ev("gazexport-socar-contract-2003", "gazexport-socar-contract-2003", "2003-12", "", "month", "energy", "contract",
    "Gazexport–SOCAR five-year gas supply contract",
    "Gazprom's export arm Gazexport and SOCAR signed a five-year contract for 4.5 bcm of Russian gas a year to Azerbaijan, running from 1 January 2004 to 31 December 2008.",
    "", "", "gazprom;socar", "Gazexport;State Oil Corporation of the Republic of Azerbaijan", "reported", "gazprom-2004-02-miller-abbasov",
    "Gazexport is a wholly owned Gazprom subsidiary; recorded under the Gazprom actor."))
E.append(ev("gazprom-deliveries-to-azerbaijan-begin-2004", "gazprom-deliveries-to-azerbaijan-begin-2004", "2004-01-01", "", "day", "energy", "delivery",
    "Gazprom starts gas deliveries to Azerbaijan",
    "Gazprom began delivering gas to Azerbaijan under the new five-year contract.",
    "", "", "gazprom", "Gazprom", "reported", "gazprom-2004-02-miller-abbasov"))
E.append(ev("miller-abbasov-gas-talks-2004", "miller-abbasov-gas-talks-2004", "2004-02", "", "month", "energy", "meeting",
    "Miller and Abbasov discuss raising Russian gas deliveries",
    "Gazprom chief Alexey Miller and Azerbaijan's First Deputy Prime Minister Abbas Abbasov met at Gazprom's headquarters and discussed raising deliveries to Azerbaijan from 4.5 to 6 bcm in 2004.",
    "", "", "gazprom;azerbaijan", "Gazprom;Abbas Abbasov", "reported", "gazprom-2004-02-miller-abbasov"))
E.append(ev("aliyev-meets-sergei-ivanov-2004", "aliyev-meets-sergei-ivanov-2004", "2004-02", "", "month", "military", "meeting",
    "Ilham Aliyev meets Defence Minister Sergei Ivanov in the Kremlin",
    "At the start of his Moscow visit Ilham Aliyev met Defence Minister Sergei Ivanov, who said they had mapped out measures in military and military-technical cooperation; a senior Russian defence official said Russia saw no need to limit such cooperation with Azerbaijan.",
    "moscow", "", "ilham-aliyev;sergei-ivanov", "Ilham Aliyev;Sergei Ivanov", "reported", "asbarez-49501-aliyev-putin-moscow-2004",
    "The page writes 'Sergey Ivanov' and dates the meeting 'Friday', the day of a Moscow metro bombing."))
E.append(ev("intergovernmental-agreements-feb-2004", "intergovernmental-agreements-feb-2004", "2004-02", "", "month", "diplomacy", "agreement",
    "Four intergovernmental agreements signed during Ilham Aliyev's Moscow visit",
    "Russia and Azerbaijan signed four intergovernmental documents: on AzerTac–ITAR-TASS cooperation, on mutual assistance with intelligence information, a protocol removing tariff provisions from the free-trade regime, and on humanitarian cooperation.",
    "moscow", "", "russia;azerbaijan", "Russia;Azerbaijan", "reported", "cacianalyst-2004-02-11-azerbaijan-russia"))
E.append(ev("ilham-aliyev-moscow-visit-2004-voa", "ilham-aliyev-s-first-official-trip-to-moscow-as", "2004-02-05", "", "day", "diplomacy", "visit",
    "Ilham Aliyev's first official trip to Moscow as president",
    "Azerbaijan's new president Ilham Aliyev began three days of talks in Moscow, seeking Russian help on Karabakh and agreements on trade, smuggling and terrorism.",
    "moscow", "", "ilham-aliyev", "Ilham Aliyev", "reported", "voa-2004-02-05-aliyev-moscow",
    "The page writes 'Ilkham Aliyev'."))
E.append(ev("aliyev-receives-chernomyrdin-2004", "aliyev-receives-chernomyrdin-2004", "2004-07", "", "month", "diplomacy", "meeting",
    "Ilham Aliyev receives Viktor Chernomyrdin in Baku",
    "Ilham Aliyev received former Russian prime minister Viktor Chernomyrdin, then ambassador to Ukraine, and stressed strategic partnership with Russia; observers linked the visit to Russian opposition to an Iranian gas pipeline through Azerbaijan.",
    "baku", "", "ilham-aliyev;viktor-chernomyrdin", "Ilham Aliyev;Viktor Chernomyrdin", "reported", "armenianclub-2004-07-22-azernews-chernomyrdin"))
E.append(ev("russia-closes-border-after-beslan-2004", "russia-closes-border-after-beslan-2004", "2004-09", "", "month", "border", "closure",
    "Russia closes the border with Azerbaijan over fears of terrorism",
    "Russia closed its border with Azerbaijan in mid-September 2004, citing fears of terrorism, after closing the Georgian border in early September following a school hostage seizure in southern Russia.",
    "", "", "russia", "Russia", "reported", "armeniandiaspora-2004-10-22-ap-borders-reopen"))
E.append(ev("russia-reopens-border-2004", "russia-reopens-border-2004", "2004-10-22", "", "day", "border", "opening",
    "Russia reopens the border with Azerbaijan",
    "Russia reopened its borders with Azerbaijan and Georgia after a closure of more than a month, and border officials confirmed traffic moving both ways.",
    "", "", "russia", "Russia", "reported", "armeniandiaspora-2004-10-22-ap-borders-reopen",
    "Reopened 'Friday' in a wire of 22 October 2004 (a Friday)."))
E.append(ev("putin-aliyev-azerbaijani-congress-2004", "putin-aliyev-azerbaijani-congress-2004", "2004", "", "year", "diplomacy", "meeting",
    "Putin and Ilham Aliyev meet at the All-Russian Azerbaijani Congress in Moscow",
    "Putin received Ilham Aliyev in Moscow on the occasion of a meeting of the All-Russian Azerbaijani Congress; Putin spoke of growing trade and humanitarian contacts and both planned to discuss Karabakh, and Aliyev called it his third visit to Moscow since his election.",
    "moscow", "karabakh", "vladimir-putin;ilham-aliyev", "Vladimir Putin;Ilham Aliev", "reported", "kremlin-22650-putin-aliyev-azerbaijani-congress",
    "Year from the speakers' own references (2003 as last year, 2005 as next year)."))
E.append(ev("aliyev-moscow-victory-60-2005", "aliyev-moscow-victory-60-2005", "2005-05-08", "", "day", "diplomacy", "visit",
    "Ilham Aliyev arrives in Moscow for the 60th anniversary of Victory",
    "Azerbaijan's President Ilham Aliyev arrived in Moscow late on 8 May 2005 to take part in the events marking the 60th anniversary of victory over fascism, and was met by Russian officials.",
    "moscow", "", "ilham-aliyev", "Ильхам Алиев", "reported", "kavkaz-uzel-74723-aliyev-victory-60"))

# ---- second search round
E.append(ev("oil-gas-agreement-1993-10", "oil-gas-agreement-1993-10", "1993-10", "", "month", "energy", "agreement",
    "Intergovernmental agreement on joint use of oil and gas in the Azerbaijani Caspian sector",
    "Heydar Aliyev later recalled that in October 1993 the governments of Russia and Azerbaijan negotiated and signed an agreement on joint use of oil and gas resources in the Azerbaijani sector of the Caspian, which he called the first document on the way to the 'contract of the century'.",
    "", "", "russia;azerbaijan", "правительство Российской Федерации;Азербайджан", "reported", "aliyev-heritage-1999-09-21-kalyuzhny",
    "Only Aliyev's recollection of 1999 was found; no text of the agreement."))
E.append(ev("lezgin-youths-cross-to-dagestan-1995", "lezgin-youths-cross-to-dagestan-1995", "1995", "", "year", "border", "allegation",
    "Russian intelligence says young men from Azerbaijan cross into Dagestan to avoid the Karabakh front",
    "Russian intelligence services said several hundred young 'Dagestanis' from Azerbaijan had crossed into Dagestan to avoid serving in Azerbaijan's army on the Karabakh front.",
    "", "samur-river", "russia", "Russian intelligence services", "claimed", "jamestown-1995-young-lezgins-cross",
    "The Monitor judges them most probably Lezgins; the reports did not give their ethnicity."))
E.append(ev("lukoil-seeks-shah-deniz-stake-1995", "lukoil-seeks-shah-deniz-stake-1995", "1995", "", "year", "energy", "proposal",
    "LUKoil seeks a stake in the Shah Deniz consortium",
    "Russia's LUKoil sought a 20 to 40 percent stake in the BP–Statoil consortium being formed to develop Azerbaijan's Shah Deniz oil and gas field.",
    "", "", "lukoil", "Lukoil", "reported", "jamestown-monitor-archive-1995-12-lukoil",
    "Undated item in a listing of December 1995 items."))
E.append(ev("chernomyrdin-brings-yeltsin-message-1999", "chernomyrdin-brings-yeltsin-message-1999", "1999-04-20", "", "day", "diplomacy", "meeting",
    "Aliyev receives Chernomyrdin with a message from Yeltsin",
    "Heydar Aliyev received Viktor Chernomyrdin, Yeltsin's special envoy on Yugoslavia, in Baku; Chernomyrdin conveyed Yeltsin's greetings and a short message setting out the purpose of his trip.",
    "baku", "", "heydar-aliyev;viktor-chernomyrdin;boris-yeltsin", "Гейдар Алиев;Виктор Черномырдин;Борис Николаевич Ельцин", "reported", "aliyev-heritage-1999-04-20-chernomyrdin"))
E.append(ev("kalyuzhny-in-baku-1999", "kalyuzhny-in-baku-1999", "1999-09-21", "", "day", "energy", "meeting",
    "Russian energy minister Kalyuzhny in Baku for the 'contract of the century' anniversary",
    "Heydar Aliyev received Russia's Fuel and Energy Minister Viktor Kalyuzhny, who had attended the ceremonies for the fifth anniversary of the 'contract of the century', and stressed LUKoil's large share in the contract.",
    "baku", "", "heydar-aliyev;russia", "Гейдар Алиев;министр топлива и энергетики России Виктор Калюжный", "reported", "aliyev-heritage-1999-09-21-kalyuzhny"))
E.append(ev("aksenenko-delegation-baku-1999", "aksenenko-delegation-baku-1999", "1999-11-05", "", "day", "trade", "meeting",
    "Aksenenko-led government delegation revives the joint economic commission",
    "Heydar Aliyev received a large Russian government delegation led by First Deputy Prime Minister Nikolai Aksenenko, welcoming the intention of the joint Azerbaijani–Russian commission on economic cooperation to step up its work.",
    "baku", "", "heydar-aliyev;russia", "Гейдар Алиев;правительственная делегация России", "reported", "aliyev-heritage-1999-11-05-aksenenko"))
E.append(ev("interparliamentary-commission-2004", "interparliamentary-commission-2004", "2004-10", "", "month", "diplomacy", "meeting",
    "Azerbaijani–Russian inter-parliamentary commission meets",
    "The inter-parliamentary commission reviewed parliaments' role in implementing the February 2004 accords and inter-regional ties; the Azerbaijani side criticised Moscow's tougher border entry and exit rules, which Russian co-chairman Konstantin Margelov called temporary.",
    "", "", "federation-council;milli-majlis", "Konstantin Margelov;Ragimzade", "reported", "sputnik-2004-10-21-interparliamentary-commission",
    "Session date not given; reported on 21 October 2004."))

ACTORS = [
    ("viktor-chernomyrdin", "Viktor Chernomyrdin", "Виктор Черномырдин", "Viktor Çernomırdin", "person", "RUS", "Prime Minister of Russia", "", "", "aliyev-heritage-1996-01-18-chernomyrdin-press"),
    ("abulfaz-elchibey", "Abulfaz Elchibey", "Абульфаз Эльчибей", "Əbülfəz Elçibəy", "person", "AZE", "President of Azerbaijan", "", "", "loc-country-study-azerbaijan-fsu"),
    ("ayaz-mutalibov", "Ayaz Mutalibov", "Аяз Муталибов", "Ayaz Mütəllibov", "person", "AZE", "President of Azerbaijan", "", "", "enwiki-zheleznovodsk-communique"),
    ("nursultan-nazarbayev", "Nursultan Nazarbayev", "Нурсултан Назарбаев", "Nursultan Nazarbayev", "person", "KAZ", "President of Kazakhstan", "", "", "enwiki-zheleznovodsk-communique"),
    ("levon-ter-petrosyan", "Levon Ter-Petrosyan", "Левон Тер-Петросян", "Levon Ter-Petrosyan", "person", "ARM", "President of Armenia", "", "", "enwiki-zheleznovodsk-communique"),
    ("vladimir-kazimirov", "Vladimir Kazimirov", "Владимир Казимиров", "", "person", "RUS", "Plenipotentiary Representative of the President of Russia, head of the Russian mediation mission on Nagorno-Karabakh", "", "", "pax-310-bishkek-protocol"),
    ("igor-sergeyev", "Igor Sergeyev", "Игорь Сергеев", "", "person", "RUS", "Minister of Defence of Russia", "", "", "aliyev-heritage-2000-12-26-sergeyev"),
    ("igor-ivanov", "Igor Ivanov", "Игорь Иванов", "", "person", "RUS", "Minister of Foreign Affairs of Russia", "", "", "jamestown-1998-10-moscow-embraces-aliev"),
    ("vafa-guluzade", "Vafa Guluzade", "Вафа Гулузаде", "Vəfa Quluzadə", "person", "AZE", "Foreign policy adviser to the President of Azerbaijan", "", "", "jamestown-1999-04-three-countries-quit-cst"),
    ("yury-luzhkov", "Yury Luzhkov", "Юрий Лужков", "", "person", "RUS", "Mayor of Moscow", "", "", "jamestown-1997-06-luzhkov-baku"),
    ("transneft", "Transneft", "Транснефть", "", "company", "RUS", "State oil pipeline monopoly", "", "", "jamestown-1997-02-transneft-chechnya"),
    ("federal-border-service-rus", "Federal Border Service of Russia", "Федеральная пограничная служба России", "", "body", "RUS", "", "", "", "jamestown-1996-russia-eases-border"),
]

PLACES = [
    ("zheleznovodsk", "Zheleznovodsk", "Jeleznovodsk", "Железноводск", "", "town", "RUS", "", "", "", "enwiki-zheleznovodsk-communique"),
    ("bishkek", "Bishkek", "Bişkek", "Бишкек", "", "city", "KGZ", "", "", "", "pax-310-bishkek-protocol"),
    ("novorossiysk", "Novorossiysk", "Novorossiysk", "Новороссийск", "Novorossiisk", "city", "RUS", "", "", "", "moscowtimes-1996-01-pipeline-deal"),
]


def write(name: str, cols: list[str], rows: list[dict[str, str]]) -> None:
    with (HERE / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    src = [dict(zip(SOURCE_COLS, [s[0], s[1], s[2], s[3], s[4], ACC, s[5], s[6], SC, "", "", "", "", "", s[7]])) for s in SOURCES]
    write("sources", SOURCE_COLS, src)
    write("events", EVENT_COLS, E)
    write("actors", ACTOR_COLS, [dict(zip(ACTOR_COLS, a)) for a in ACTORS])
    write("places", PLACE_COLS, [dict(zip(PLACE_COLS, p)) for p in PLACES])
    print(len(src), "sources;", len(E), "events;", len({e['happening_id'] for e in E}), "happenings")


if __name__ == "__main__":
    main()

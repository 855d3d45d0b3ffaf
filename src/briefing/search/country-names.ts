/**
 * The world's countries by their common English names, lower case as the tokenizer writes them: a place
 * named so is a country, not a city ("which city ...?" is not answered by "Kenya"), and "the country" may
 * stand for it. General knowledge, not any article's words. Several-word names are written joined
 * ("southafrica") and by their last word where that word is no common English one ("lanka").
 */
const NAMES = `afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
  burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia
  denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia
  germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
  ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
  lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
  mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
  netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines
  poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
  spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia
  turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia
  zimbabwe britain england scotland wales
  southafrica southkorea northkorea southsudan newzealand saudiarabia srilanka costarica elsalvador sierraleone
  unitedarabemirates dominicanrepublic centralafricanrepublic papuanewguinea eastimor timorleste ivorycoast
  capeverde equatorialguinea sanmarino marshallislands solomonislands
  arabia lanka leone rica salvador emirates timor`;

export const COUNTRY_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

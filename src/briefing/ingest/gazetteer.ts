/**
 * Small word lists that tell places, organisations and roles apart. Not exhaustive: cues in the text
 * (a role before a name, "Department", "Ministry") do most of the work; these cover the common cases.
 */

export const PLACES: ReadonlySet<string> = new Set(
  `Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia
  Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt
  England Estonia Ethiopia Europe Africa Asia America Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras
  Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait
  Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands
  Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
  Russia Rwanda Scotland Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand
  Tibet Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Gaza Crimea Hong Kong
  Beijing Shanghai Shenzhen Guangzhou Wuhan Moscow Kyiv Kiev London Paris Berlin Rome Madrid Tokyo Seoul Manila Taipei
  Delhi Mumbai Washington California Texas Florida Virginia Ohio Michigan Chicago Boston Atlanta Baghdad Kabul Tehran Jerusalem
  Dubai Riyadh Cairo Istanbul Ankara Brussels Geneva Vienna Warsaw Prague Sydney Toronto Ottawa Havana Caracas Missouri
  Kansas Iowa Oregon Arizona Nevada Alaska Hawaii Pennsylvania Massachusetts Louisiana Tennessee Kentucky Indo-Pacific
  Hollywood Manhattan Brooklyn Vietnam Siberia Balkans Caribbean Antarctica Arctic Ukraine
  Andorra Angola Bahamas Barbados Belize Benin Bhutan Botswana Brunei Burundi Chad Comoros Djibouti Dominica Eritrea Eswatini
  Fiji Gabon Gambia Grenada Guinea Guyana Kyrgyzstan Lesotho Liberia Liechtenstein Madagascar Malawi Maldives Malta Mauritania
  Mauritius Monaco Montenegro Mozambique Namibia Samoa Senegal Seychelles Suriname Tajikistan Tanzania Togo Tonga Turkmenistan
  Vanuatu Macedonia Greenland Chechnya Darfur Kashmir Xinjiang Sinai Catalonia Quebec Ontario Alberta Punjab Sicily Bali Okinawa
  Tasmania Sahara Himalayas Scandinavia Mediterranean Oceania Polynesia Melanesia Micronesia Australasia
  Alabama Arkansas Colorado Connecticut Delaware Idaho Illinois Indiana Maine Maryland Minnesota Mississippi Montana Nebraska
  Oklahoma Utah Vermont Wisconsin Wyoming
  Kolkata Chennai Bangalore Karachi Lahore Islamabad Dhaka Kathmandu Colombo Bangkok Hanoi Jakarta Pyongyang Osaka Kyoto
  Hiroshima Beirut Damascus Amman Doha Muscat Sanaa Mosul Basra Fallujah Kandahar Ramallah Haifa Nairobi Lagos Abuja Accra
  Khartoum Johannesburg Pretoria Durban Kinshasa Mogadishu Tripoli Benghazi Tunis Algiers Casablanca Rabat Dakar Lisbon Milan
  Naples Venice Florence Munich Frankfurt Hamburg Cologne Amsterdam Rotterdam Zurich Stockholm Oslo Copenhagen Helsinki Dublin
  Edinburgh Glasgow Athens Budapest Bucharest Belgrade Zagreb Sarajevo Minsk Vilnius Riga Tallinn Odessa Kharkiv Donetsk
  Mariupol Lviv Sevastopol Tbilisi Yerevan Baku Almaty Tashkent Montreal Vancouver Calgary Guadalajara Bogota Lima Brasilia
  Quito Melbourne Brisbane Perth Auckland Houston Dallas Austin Seattle Denver Miami Orlando Tampa Detroit Cleveland
  Pittsburgh Philadelphia Baltimore Nashville Memphis Minneapolis Milwaukee Honolulu Anchorage Sacramento Oakland Newark
  Cardiff Belfast Manchester Liverpool Birmingham Leeds Sheffield Bristol Newcastle Nottingham Leicester Southampton
  Aberdeen Swansea Dundee Inverness Plymouth Coventry Bradford Cork Galway Limerick`.split(/\s+/),
);

export const MULTIWORD_PLACES: readonly string[] = [
  'United States', 'United Kingdom', 'South China Sea', 'East China Sea', 'Taiwan Strait', 'Middle East', 'New York', 'Hong Kong',
  'North Korea', 'South Korea', 'Saudi Arabia', 'South Africa', 'New Zealand', 'Los Angeles', 'San Francisco', 'Kansas City',
  'Great Hall of the People', 'Southeast Asia', 'Latin America', 'West Bank', 'Red Sea', 'Persian Gulf', 'Gulf of Mexico',
  'Ivory Coast', 'Sri Lanka', 'Costa Rica', 'El Salvador', 'Dominican Republic', 'Puerto Rico', 'Sierra Leone', 'Burkina Faso',
  'Czech Republic', 'United Arab Emirates', 'Papua New Guinea', 'Trinidad and Tobago', 'Cape Verde', 'Central African Republic',
  'Equatorial Guinea', 'East Timor', 'Solomon Islands', 'Marshall Islands', 'San Marino', 'Vatican City', 'South Sudan',
  'North Macedonia', 'Bosnia and Herzegovina', 'Northern Ireland', 'Gaza Strip', 'Golan Heights', 'Strait of Hormuz',
  'Black Sea', 'Baltic Sea', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Rhode Island',
  'South Carolina', 'South Dakota', 'West Virginia', 'New Delhi', 'Kuala Lumpur', 'Abu Dhabi', 'Tel Aviv', 'Addis Ababa',
  'Cape Town', 'Mexico City', 'Buenos Aires', 'Rio de Janeiro', 'Sao Paulo', 'Las Vegas', 'San Diego', 'San Antonio',
  'New Orleans', 'St. Louis', 'Salt Lake City', 'Silicon Valley', 'Wall Street',
];

/** Words that make a capitalised run an organisation. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  `Department Ministry Party Association Agency Council Committee Commission Congress Senate Parliament Bank Inc Corp
  Corporation Company Co Ltd University College Institute Nations Union Organization Organisation Army Navy Force Court
  Administration Bureau Office Foundation Fund Group Federation League Alliance Police Guard Times Post Journal News
  Network Service Services Authority Board Club Church Center Centre Reserve Pentagon Kremlin NATO ASEAN
  United Capital Holdings Partners Airlines Airways Motors Radio Rádio Television Shipping Logistics Industries
  Technologies Enterprises Pharmaceuticals Insurance Telecom Communications Systems Energy Petroleum Railways Studios
  Hospital Museum Gallery Trust Society Academy Tribunal Assembly Athletic Rovers Wanderers Albion Rangers Hotspur FC Unit
  Water Gas Oil Mining Minerals Metals Foods Media Entertainment Live Records Productions Pictures Films Air Rail Trains
  Transport Labs Software Solutions Electric Utilities Construction Engineering Chemicals Brewery Brewing Dairy Ferries
  Cruises Hotels Resorts Casino Gaming Clinic Pharma Biotech Therapeutics Robotics Aerospace Ventures Investments
  Financial Retail Supermarkets House Show Memorial International Bloc Dems Dem Fire Rescue Consulting Consultants
  Research Advisors Advisers Associates Analytics Festival Awards Endowment Travel Tours Holidays Trading Supplies
  Minera Mineração Trenes Ferrocarriles Aerolíneas Aguas Banco Grupo Compañía Empresa Empresas Servicios Transportes
  Autopistas Energía Petróleos Compagnie Société Groupe Banque Gruppo Società Ferrovie Companhia Serviços Constructora
  Industrias Cervecería`.split(/\s+/),
);

/** Last words of the names of streets, squares and venues: "Moorfield Road", "Alameda Square" are places, not people. */
export const PLACE_NAME_ENDINGS: ReadonlySet<string> = new Set(
  'Road Street Avenue Boulevard Lane Square Plaza Stadium Arena Airport Station Harbour Harbor Bay Park Bridge Chapel Cathedral Mosque Synagogue Palace Abbey Pavilion'.split(' '),
);

export const MULTIWORD_ORGANIZATIONS: readonly string[] = ['White House', 'State Department', 'Foreign Ministry', 'European Union', 'United Nations', 'Red Cross'];

/** Head nouns of a role written before a name: "State Department spokesman Matthew Miller". */
export const ROLE_HEADS =
  'secretary|spokesman|spokeswoman|spokesperson|president|vice president|leader|minister|prime minister|ambassador|senator|governor|chairman|chairwoman|chair|director|chief|general|commander|mayor|king|queen|premier|envoy|diplomat|official|representative|rep\\.|sen\\.|gov\\.|judge|justice|attorney general|economist|analyst|professor|ceo|founder|editor|correspondent|reporter|adviser|advisor|counterpart|coach|manager|captain|striker|goalkeeper|midfielder|defender|actor|actress|singer|host|anchor|author|writer|columnist|journalist|critic|photographer|novelist|lawyer|attorney|prosecutor|doctor|surgeon|detective|sheriff|commissioner|superintendent|principal|bishop|archbishop|pastor|rabbi|imam|cardinal|chancellor|lawmaker|congressman|congresswoman|candidate|nominee|producer|designer|supermodel|scientist|researcher|historian|astronaut|inspector|sergeant|lieutenant|colonel|admiral|executive|farmer|activist|campaigner|survivor|witness|owner|teacher|student|engineer|nurse|worker|officer|pilot|ranger|volunteer|resident|mother|father|widow|boss|classmate|friend|colleague|neighbor|neighbour|teammate|roommate|speaker|referee|umpire|collector|lecturer|commentator|councillor|councilor|sister|brother|son|daughter|wife|husband|grandmother|grandfather|cousin|uncle|aunt|niece|nephew|star|agent|guide|rescuer|physician|paramedic|chef|climber|mountaineer|firefighter|pharmacist|dentist|therapist|physiotherapist|curator|conductor|composer|musician|artist|architect|mechanic|machinist|technician|clerk|midwife|veterinarian|trooper|constable|winger|substitute|geologist|biologist|physicist|chemist|astronomer|astrophysicist|epidemiologist|virologist|ecologist|archaeologist|psychologist|psychiatrist|mediator|accountant|administrator|investigator|consultant|meteorologist|forecaster|saxophonist|trumpeter|pianist|drummer|guitarist|bassist|violinist|cellist|geriatrician|paediatrician|pediatrician|neurologist|pharmacologist|solicitor|barrister|schoolteacher|electrician|plumber|carpenter|builder|baker|butcher|fisherman|shopkeeper|waiter|waitress|cashier|janitor|caretaker|miner|welder|labourer|laborer|bartender|gardener|tailor|hairdresser|barber|athlete|sprinter|cyclist|swimmer|boxer|jockey|marathoner';

/** The role heads of one word ("governor", not "prime minister" or "rep."). */
export const SINGLE_WORD_ROLE_HEADS: readonly string[] = ROLE_HEADS.split('|').filter((head) => /^[a-z]+$/.test(head));

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** The weekdays, and the months and weekdays, as lower-case words (a question's tokens). */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS.toLowerCase().split('|'));
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(`${MONTHS}|${WEEKDAYS}`.toLowerCase().split('|'));

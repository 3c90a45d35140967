"""The currency codes of ISO 4217 in use (list one of the standard, 2025), and common mix-ups."""

from __future__ import annotations

_CODES = """
    AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
    BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP
    ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR
    ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
    MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK
    PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC
    SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND
    VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR
    ZMW ZWG
"""
ISO_4217 = frozenset(_CODES.split())

# three letters people write for a currency that has another code
MIX_UPS = {"UKP": "GBP", "STG": "GBP", "RMB": "CNY", "YEN": "JPY", "NIS": "ILS", "EUO": "EUR"}

# what people write for a currency instead of its code: a sign or a name (lower case)
NAMES = {
    "$": "USD",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "buck": "USD",
    "bucks": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "pounds sterling": "GBP",
    "quid": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "円": "JPY",
    "₹": "INR",
    "rupee": "INR",
    "rupees": "INR",
    "rs": "INR",
    "元": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "₩": "KRW",
    "won": "KRW",
    "₽": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "₺": "TRY",
    "lira": "TRY",
    "₪": "ILS",
    "shekel": "ILS",
    "shekels": "ILS",
    "₱": "PHP",
    "peso": "MXN",
    "pesos": "MXN",
    "₦": "NGN",
    "naira": "NGN",
    "real": "BRL",
    "reais": "BRL",
    "r$": "BRL",
    "franc": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    "zloty": "PLN",
    "zł": "PLN",
    "rand": "ZAR",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "DKK",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "s$": "SGD",
    "nz$": "NZD",
}


def code_for(written: str) -> str | None:
    """The ISO 4217 code ``written`` stands for (a code in any case, a mix-up, a sign or a
    currency's name), or None."""
    word = " ".join(written.split()).lower()
    upper = word.upper()
    if upper in ISO_4217:
        return upper
    return MIX_UPS.get(upper) or NAMES.get(word)

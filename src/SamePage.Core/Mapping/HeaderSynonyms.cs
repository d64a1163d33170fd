namespace SamePage.Core.Mapping;

/// <summary>
/// Header names under which exports in English and German carry each target column, for suggesting a mapping when no
/// preset fits. Compared with spaces, '_', '-', '.' and case ignored.
/// </summary>
internal static class HeaderSynonyms
{
    private static readonly Dictionary<string, string[]> s_names = new(StringComparer.Ordinal)
    {
        ["externalId"] = ["External ID", "ID", "Record ID", "Deal ID", "Opportunity ID", "Partner ID", "Cost ID", "Response ID", "Number", "Nummer", "Datensatz-ID", "Kennung", "Schlüssel"],
        ["partnerId"] = ["Partner", "Partner ID", "Partner Name", "Partnername", "Partner Account", "Reseller", "Reseller ID", "Reseller Name", "Händler", "Händler-ID", "Fachhändler", "Partnernummer"],
        ["solution"] = ["Solution", "Product", "Product Name", "Plan", "Lösung", "Produkt", "Produktname", "Artikel"],
        ["date"] = ["Date", "Close Date", "Closed Date", "Order Date", "Invoice Date", "Booking Date", "Month", "Datum", "Abschlussdatum", "Schlusstermin", "Rechnungsdatum", "Bestelldatum", "Buchungsdatum", "Monat"],
        ["type"] = ["Type", "Deal Type", "Opportunity Type", "Partner Type", "Typ", "Art", "Partnertyp", "Dealtyp"],
        ["customerId"] = ["Customer", "Customer ID", "Customer Name", "Account", "Account Name", "Account ID", "End Customer", "Kunde", "Kunden-ID", "Kundennummer", "Kundenname", "Endkunde"],
        ["productRevenue"] = ["Amount", "Revenue", "Licence Revenue", "License Revenue", "Total", "Total Price", "Value", "Betrag", "Umsatz", "Lizenzumsatz", "Gesamtpreis", "Wert"],
        ["partnerMargin"] = ["Margin", "Partner Margin", "Discount", "Partner Discount", "Marge", "Partnermarge", "Rabatt", "Partnerrabatt"],
        ["servicesRevenue"] = ["Services", "Services Revenue", "Service Revenue", "Services Amount", "Dienstleistungsumsatz", "Serviceumsatz", "Dienstleistungen"],
        ["seats"] = ["Seats", "Quantity", "Qty", "Licenses", "Licences", "Users", "Plätze", "Menge", "Anzahl", "Lizenzen", "Nutzer"],
        ["status"] = ["Status", "Stage", "Deal Stage", "Phase", "Stufe", "Dealphase", "Verkaufsphase"],
        ["name"] = ["Name", "Company", "Company Name", "Account Name", "Partner Name", "Firma", "Firmenname", "Unternehmen", "Partnername"],
        ["tier"] = ["Tier", "Level", "Partner Level", "Partner Tier", "Status Level", "Stufe", "Partnerstufe", "Partnerstatus"],
        ["country"] = ["Country", "Country Code", "Billing Country", "Land", "Ländercode"],
        ["region"] = ["Region", "Territory", "Area", "Gebiet", "Vertriebsgebiet"],
        ["segment"] = ["Segment", "Partner Segment", "Business Model", "Geschäftsmodell"],
        ["crmId"] = ["CRM ID", "Salesforce ID", "Account ID", "HubSpot ID", "MPN ID", "MpnId", "Partner One ID", "CRM-ID"],
        ["aliases"] = ["Aliases", "Alias", "Other Names", "Also Known As", "Trading Name", "Aliasse", "Weitere Namen"],
        ["category"] = ["Category", "Cost Category", "Cost Type", "Kategorie", "Kostenart", "Kostenkategorie"],
        ["amount"] = ["Amount", "Cost", "Costs", "Value", "Betrag", "Kosten", "Wert", "Summe"],
        ["hours"] = ["Hours", "Time", "Effort", "Stunden", "Aufwand", "Zeit"],
    };

    /// <summary>A partner list names its own id like other files name the partner they refer to.</summary>
    private static readonly string[] s_partnerIds =
        ["Partner ID", "Partner-ID", "Partnernummer", "Partner Number", "Partner No", "Account ID", "Reseller ID", "Händler-ID", "Händlernummer", "Kundennummer"];

    public static IReadOnlyList<string> For(string kind, string target) =>
        kind == "partners" && target == "externalId" ? [.. s_partnerIds, .. s_names["externalId"]] : s_names.GetValueOrDefault(target) ?? [];
}

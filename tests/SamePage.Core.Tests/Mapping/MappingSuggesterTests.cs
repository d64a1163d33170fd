using SamePage.Core.Mapping;
using SamePage.Core.Tests.Actuals;

namespace SamePage.Core.Tests.Mapping;

public sealed class MappingSuggesterTests
{
    private static readonly ReferenceDirectory s_directory = new(
        [new("P1", "Müller IT GmbH", null, [])],
        [new(1, "Nordlicht Backup", "EUR"), new(2, "Nordlicht Analytics Suite", "EUR")]);

    private static MappingSuggestion Suggest(string kind, string csv, string? preset = null) =>
        MappingSuggester.Suggest(kind, SampledFile.Read(CsvText.Reader(csv), 100), s_directory, preset);

    [Fact]
    public void A_german_salesforce_export_is_recognised_by_its_german_headers_and_stage_labels()
    {
        const string csv = "Opportunity-Name;Accountname;Partneraccount;Phase;Schlusstermin;Betrag;Typ;Produkt;Lead-Quelle\n" +
            "Backup Acme;Acme GmbH;Müller IT GmbH;Geschlossen und gewonnen;31.12.2025;EUR 12.500,00;Neukunde;Nordlicht Backup;Web\n" +
            "Backup Beta;Beta AG;Müller IT GmbH;Verhandlung/Prüfung;15.01.2026;EUR 1.000,00;Bestehender Kunde - Upgrade;Nordlicht Backup;Web\n";
        var suggestion = Suggest("deals", csv);
        Assert.Equal("salesforce-opportunities", suggestion.Preset);
        Assert.Equal("de-DE", suggestion.Culture);
        Assert.Contains("d.M.yyyy", suggestion.DateFormats);
        var columns = suggestion.Mapping.Columns;
        Assert.Equal(["Phase"], columns["status"].Column);
        Assert.Equal(["Schlusstermin"], columns["date"].Column);
        Assert.Equal(["Betrag"], columns["productRevenue"].Column);
        var stages = suggestion.Enumerations.Single(e => e.Target == "status").Values.ToDictionary(v => v.Value, v => v.Proposed);
        Assert.Equal("won", stages["Geschlossen und gewonnen"]);
        Assert.Equal("skip", stages["Verhandlung/Prüfung"]);
        var types = suggestion.Enumerations.Single(e => e.Target == "type").Values.ToDictionary(v => v.Value, v => v.Proposed);
        Assert.Equal("new", types["Neukunde"]);
        Assert.Equal("upsell", types["Bestehender Kunde - Upgrade"]);

        // The opportunity has no id column in this export: listed as missing, not guessed.
        Assert.Equal(["externalId"], suggestion.Missing);
        Assert.Contains("Opportunity-Name", suggestion.Unplaced);
        Assert.Contains("Lead-Quelle", suggestion.Unplaced);
    }

    [Fact]
    public void Without_a_fitting_preset_headers_are_matched_by_synonyms_in_either_language()
    {
        const string csv = "Nummer,Partnername,Lösung,Datum,Art,Kunde,Umsatz,Marge,Status\n" +
            "D1,Müller IT GmbH,Nordlicht Backup,2025-01-31,neu,K1,100,0.2,gewonnen\n";
        var suggestion = Suggest("deals", csv);
        Assert.Null(suggestion.Preset);
        Assert.Empty(suggestion.Missing);
        Assert.Equal(["Umsatz"], suggestion.Mapping.Columns["productRevenue"].Column);
        Assert.Equal(["Partnername"], suggestion.Mapping.Columns["partnerId"].Column);
        Assert.Equal("won", suggestion.Mapping.Columns["status"].Values!["gewonnen"]);
        Assert.Equal("new", suggestion.Mapping.Columns["type"].Values!["neu"]);
    }

    [Fact]
    public void Product_labels_are_mapped_to_the_solution_they_name_and_unknown_ones_left_open()
    {
        const string csv = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Associated Company,Partner,Product\n" +
            "1,A,closedwon,100,2025-01-01,C,Müller IT GmbH,Nordlicht Backup for Microsoft 365\n" +
            "2,B,closedwon,100,2025-01-01,C,Müller IT GmbH,Something Else Entirely\n";
        var suggestion = Suggest("deals", csv);
        Assert.Equal("hubspot-deals", suggestion.Preset);
        var products = suggestion.Enumerations.Single(e => e.Target == "solution").Values.ToDictionary(v => v.Value, v => v.Proposed);
        Assert.Equal("Nordlicht Backup", products["Nordlicht Backup for Microsoft 365"]);
        Assert.Null(products["Something Else Entirely"]);
        Assert.Equal("Nordlicht Backup", suggestion.Mapping.Columns["solution"].Values!["Nordlicht Backup for Microsoft 365"]);
    }

    [Fact]
    public void A_german_partner_list_maps_its_number_types_and_crm_ids()
    {
        const string csv = "Partnernummer;Firma;Partnertyp;Land;CRM-ID;Weitere Namen\nX-1;Neue Systemhaus GmbH;Systemhaus;DE;0015g001;NSH\nX-2;Cloud Ops AG;Managed Service Provider;AT;;\n";
        var suggestion = Suggest("partners", csv);
        Assert.Empty(suggestion.Missing);
        Assert.Empty(suggestion.Unplaced);
        var columns = suggestion.Mapping.Columns;
        Assert.Equal(["Partnernummer"], columns["externalId"].Column);
        Assert.Equal(["Firma"], columns["name"].Column);
        Assert.Equal(["CRM-ID"], columns["crmId"].Column);
        Assert.Equal(["Weitere Namen"], columns["aliases"].Column);
        Assert.Equal("si", columns["type"].Values!["Systemhaus"]);
        Assert.Equal("msp", columns["type"].Values!["Managed Service Provider"]);
    }
}

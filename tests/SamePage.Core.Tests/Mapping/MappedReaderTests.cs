using SamePage.Core.Actuals;
using SamePage.Core.Mapping;
using SamePage.Core.Tests.Actuals;

namespace SamePage.Core.Tests.Mapping;

/// <summary>A file seen through a mapping and validated by the deals schema, as the import does it.</summary>
public sealed class MappedReaderTests
{
    private static readonly ReferenceDirectory s_directory = new(
        [new("P1", "Müller IT GmbH", "MPN-1", ["Mueller IT"]), new("P2", "Alpen Systems AG", null, [])],
        [new(1, "Nordlicht Backup", "EUR"), new(2, "Nordlicht Cloud", "USD")]);

    private static ImportMappingDocument Mapping(string json) => MappingJson.Read(json);

    private static List<ImportRow<DealRow>> Rows(string csv, ImportMappingDocument mapping, out MappedTabularReader reader)
    {
        var source = CsvText.Reader(csv);
        reader = new MappedTabularReader(source, CompiledMapping.Compile(MappingPresets.Resolve(mapping, source.Headers), source.Headers), s_directory);
        var session = ImportSession<DealRow>.Open(reader, "deals.csv", ImportSchemas.Deals, new ImportOptions { Culture = reader.Culture });
        Assert.Empty(session.HeaderErrors);
        return [.. session.ReadRows()];
    }

    private const string Opportunities = """
        {
          "format": "samepage.mapping/1", "kind": "deals",
          "columns": {
            "externalId": { "column": "Opportunity ID" },
            "partnerId": { "column": "Partner", "match": "name" },
            "solution": { "constant": "Nordlicht Backup" },
            "date": { "column": "Close Date" },
            "type": { "column": "Type", "values": { "New Customer": "new", "*renewal*": "renewal" } },
            "customerId": { "column": "Account Name" },
            "productRevenue": { "column": "Amount" },
            "partnerMargin": { "column": "Discount" },
            "status": { "column": "Stage", "values": { "Closed Won": "won", "Closed Lost": "lost", "*": "skip" } }
          },
          "currency": { "rates": [ { "from": "USD", "to": "EUR", "rate": 0.9 } ] }
        }
        """;

    [Fact]
    public void A_report_becomes_deals_with_open_stages_skipped_and_counted()
    {
        const string csv = "Opportunity ID,Partner,Stage,Close Date,Amount,Type,Account Name,Discount\n" +
            "O1,müller  it gmbh,Closed Won,12/31/2025,\"EUR 1,200.50\",New Customer,Acme,15 %\n" +
            "O2,Alpen Systems AG,Prospecting,1/15/2026,\"EUR 99.00\",New Customer,Beta,10%\n" +
            "O3,Mueller IT,Closed Lost,1/20/2026,$100.00,Existing - Renewal,Gamma,\n" +
            "O4,Alpen Systems AG,Negotiation/Review,1/21/2026,$1.00,New Customer,Delta,0.1\n";
        var rows = Rows(csv, Mapping(Opportunities), out var reader);

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Issues)));
        Assert.Equal(new DealRow("O1", "P1", "1", new DateOnly(2025, 12, 31), DealType.New, "Acme", 1200.50m, 0.15m, 0m, 0, DealStatus.Won), rows[0].Row);

        // $100 at the fixed rate 0.9; a lost deal may leave its margin empty.
        Assert.Equal(new DealRow("O3", "P1", "1", new DateOnly(2026, 1, 20), DealType.Renewal, "Gamma", 90m, 0m, 0m, 0, DealStatus.Lost), rows[1].Row);
        Assert.Equal(2, reader.Skipped.Count);
        Assert.Equal(1, reader.Skipped.ByReason["Stage 'Prospecting'"]);
        Assert.Equal(1, reader.Skipped.ByReason["Stage 'Negotiation/Review'"]);
    }

    [Fact]
    public void Each_error_names_the_line_the_target_and_source_column_the_source_value_and_why()
    {
        const string csv = "Opportunity ID,Partner,Stage,Close Date,Amount,Type,Account Name,Discount\n" +
            "O1,Muller IT GmbH,Closed Won,31st Dec,twelve,Upgrade,Acme,15\n";
        var row = Assert.Single(Rows(csv, Mapping(Opportunities), out _));
        Assert.False(row.IsValid);
        var issues = row.Issues.ToDictionary(i => i.Column);
        Assert.Equal(2, issues["partnerId (Partner)"].Line);
        Assert.Equal("Muller IT GmbH", issues["partnerId (Partner)"].Value);
        Assert.Contains("closest: Müller IT GmbH (P1)", issues["partnerId (Partner)"].Reason, StringComparison.Ordinal);
        Assert.Equal("twelve", issues["productRevenue (Amount)"].Value);
        Assert.Contains("not a date", issues["date (Close Date)"].Reason, StringComparison.Ordinal);
        Assert.Contains("has no target in the mapping's values for type", issues["type (Type)"].Reason, StringComparison.Ordinal);

        // A bare 15 for a fraction still gets the percentage hint, and names the source column.
        Assert.Contains("looks like a percentage", issues["partnerMargin (Discount)"].Reason, StringComparison.Ordinal);

        // Every broken value is reported once: no extra "a value is required" for the same cells.
        Assert.Equal(5, row.Issues.Count);
    }

    [Fact]
    public void A_currency_without_a_rate_is_an_error_and_a_solution_in_that_currency_needs_none()
    {
        var mapping = Mapping(Opportunities.Replace("\"currency\": { \"rates\": [ { \"from\": \"USD\", \"to\": \"EUR\", \"rate\": 0.9 } ] }", "\"suffixes\": true", StringComparison.Ordinal)
            .Replace("{ \"constant\": \"Nordlicht Backup\" }", "{ \"column\": \"Product\" }", StringComparison.Ordinal));
        const string csv = "Opportunity ID,Partner,Stage,Close Date,Amount,Type,Account Name,Discount,Product\n" +
            "O1,Alpen Systems AG,Closed Won,1/2/2025,$1.5k,New Customer,Acme,0.2,Nordlicht Backup\n" +
            "O2,Alpen Systems AG,Closed Won,1/2/2025,$1.5k,New Customer,Acme,0.2,Nordlicht Cloud\n";
        var rows = Rows(csv, mapping, out _);
        Assert.Contains("an amount in USD, but Nordlicht Backup is sold in EUR", Assert.Single(rows[0].Issues).Reason, StringComparison.Ordinal);
        Assert.Equal(1500m, rows[1].Row!.ProductRevenue);
    }

    [Fact]
    public void Formulas_joins_and_crm_ids_make_the_values_a_reconciliation_file_lacks()
    {
        var mapping = Mapping("""
            {
              "format": "samepage.mapping/1", "kind": "deals",
              "columns": {
                "externalId": { "join": ["InvoiceNumber", "LineItemId"], "separator": "/" },
                "partnerId": { "column": ["ResellerMpnId", "PartnerId"], "match": "auto" },
                "solution": { "column": "ProductName", "values": { "Backup 1 TB*": "Nordlicht Backup" } },
                "date": { "column": "OrderDate" },
                "type": { "constant": "new" },
                "customerId": { "column": "CustomerId" },
                "productRevenue": { "formula": "Quantity * UnitPrice" },
                "partnerMargin": { "formula": "1 - EffectiveUnitPrice / UnitPrice" },
                "seats": { "column": "Quantity" },
                "status": { "constant": "won" }
              }
            }
            """);
        const string csv = "InvoiceNumber,LineItemId,PartnerId,ResellerMpnId,ProductName,OrderDate,CustomerId,Quantity,UnitPrice,EffectiveUnitPrice\n" +
            "G1,1,P2,MPN-1,Backup 1 TB (annual),2025-03-01,C1,12,4.50,3.825\n" +
            "G1,2,P2,,Backup 1 TB,2025-03-01,C1,3,4.50,4.05\n" +
            "G1,3,P2,MPN-1,Backup 1 TB,2025-03-01,C1,3,0,0\n";
        var rows = Rows(csv, mapping, out _);
        Assert.Equal(new DealRow("G1/1", "P1", "1", new DateOnly(2025, 3, 1), DealType.New, "C1", 12 * 4.50m, 1 - (3.825m / 4.50m), 0m, 12, DealStatus.Won), rows[0].Row);

        // No reseller on the line: the next column, the partner itself.
        Assert.Equal("P2", rows[1].Row!.PartnerId);
        Assert.Contains("division by zero", rows[2].Issues.Single(i => i.Column.StartsWith("partnerMargin", StringComparison.Ordinal)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void German_numbers_and_dates_are_detected_from_the_values()
    {
        var mapping = Mapping(Opportunities.Replace("\"Closed Won\": \"won\"", "\"Geschlossen und gewonnen\": \"won\"", StringComparison.Ordinal));
        const string csv = "Opportunity ID;Partner;Stage;Close Date;Amount;Type;Account Name;Discount\n" +
            "O1;Müller IT GmbH;Geschlossen und gewonnen;31.12.2025;1.234,56 €;New Customer;Acme;12,5 %\n";
        var rows = Rows(csv, mapping, out var reader);
        Assert.Equal(NumberCulture.German, reader.Culture);
        Assert.Equal(1234.56m, rows[0].Row!.ProductRevenue);
        Assert.Equal(0.125m, rows[0].Row!.PartnerMargin);
        Assert.Equal(new DateOnly(2025, 12, 31), rows[0].Row!.Date);
    }

    [Fact]
    public void Rejected_rows_keep_the_source_columns_for_the_rejects_file()
    {
        const string csv = "Opportunity ID,Partner,Stage,Close Date,Amount,Type,Account Name,Discount\n" +
            "O1,Nobody,Closed Won,1/2/2025,1,New Customer,Acme,0.1\n";
        var row = Assert.Single(Rows(csv, Mapping(Opportunities), out var reader));
        Assert.Equal(["O1", "Nobody", "Closed Won", "1/2/2025", "1", "New Customer", "Acme", "0.1"], row.SourceValues);
        Assert.Equal(["Opportunity ID", "Partner", "Stage", "Close Date", "Amount", "Type", "Account Name", "Discount"], reader.SourceHeaders);
    }

    [Fact]
    public void A_mapping_that_does_not_fit_the_file_names_every_problem_before_a_row_is_read()
    {
        var error = Assert.Throws<ImportMappingException>(() => CompiledMapping.Compile(Mapping(Opportunities), ["Opportunity ID", "Partner", "Stage"]));
        Assert.Contains("columns.date: the file has no column 'Close Date'", error.Message, StringComparison.Ordinal);
        Assert.Contains("columns.productRevenue: the file has no column 'Amount'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Problems.Count >= 5);
    }

    [Fact]
    public void A_cost_export_maps_categories_hours_and_amounts_with_a_fixed_rate()
    {
        var mapping = Mapping("""
            {
              "format": "samepage.mapping/1", "kind": "costs", "culture": "de-DE",
              "columns": {
                "externalId": { "column": "Beleg" },
                "partnerId": { "column": "Partner-ID", "match": "crmId" },
                "solution": { "constant": "Nordlicht Cloud" },
                "date": { "column": "Datum" },
                "category": { "column": "Kostenart", "values": { "*zertifi*": "certification", "Schulung": "training", "*": "other" } },
                "amount": { "column": "Betrag" },
                "hours": { "column": "Stunden" }
              },
              "currency": { "default": "EUR", "rates": [ { "from": "EUR", "to": "USD", "rate": 1.08 } ] }
            }
            """);
        const string csv = "Beleg;Partner-ID;Datum;Kostenart;Betrag;Stunden\n" +
            "K1;MPN-1;15.03.2025;Zertifizierung AWS;1.250,00;12,5\n" +
            "K2;MPN-1;16.03.2025;Schulung;(100,00);\n";
        var source = CsvText.Reader(csv);
        using var reader = new MappedTabularReader(source, CompiledMapping.Compile(mapping, source.Headers), s_directory);
        using var session = ImportSession<CostRow>.Open(reader, "costs.csv", ImportSchemas.Costs, new ImportOptions { Culture = reader.Culture });
        var rows = session.ReadRows().ToList();

        // Unmarked euros into a solution sold in dollars, at the mapping's rate.
        Assert.Equal(new CostRow("K1", "P1", "2", new DateOnly(2025, 3, 15), CostCategory.Certification, 1250m * 1.08m, 12.5m), rows[0].Row);
        Assert.Contains("must be at least 0", Assert.Single(rows[1].Issues).Reason, StringComparison.Ordinal);
        Assert.Equal("amount (Betrag)", rows[1].Issues[0].Column);
        Assert.Equal("(100,00)", rows[1].Issues[0].Value);
    }

    [Fact]
    public void Constants_defaults_and_mapped_values_are_invariant_numbers_in_a_german_file()
    {
        var mapping = Mapping(Opportunities
            .Replace("\"partnerMargin\": { \"column\": \"Discount\" }", "\"partnerMargin\": { \"default\": \"0.2\" }, \"servicesRevenue\": { \"column\": \"Services\", \"values\": { \"keine\": \"0.5\" } }", StringComparison.Ordinal)
            .Replace("\"Closed Won\": \"won\"", "\"Geschlossen und gewonnen\": \"won\"", StringComparison.Ordinal));
        const string csv = "Opportunity ID;Partner;Stage;Close Date;Amount;Type;Account Name;Services\n" +
            "O1;Müller IT GmbH;Geschlossen und gewonnen;31.12.2025;1.234,56 €;New Customer;Acme;keine\n";
        var row = Assert.Single(Rows(csv, mapping, out var reader));
        Assert.Equal(NumberCulture.German, reader.Culture);
        Assert.True(row.IsValid, string.Join("; ", row.Issues));
        Assert.Equal((1234.56m, 0.2m, 0.5m), (row.Row!.ProductRevenue, row.Row.PartnerMargin, row.Row.ServicesRevenue));
    }
}

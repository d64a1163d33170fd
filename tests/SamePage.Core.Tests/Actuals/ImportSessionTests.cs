using System.Text;
using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

public sealed class ImportSessionTests
{
    private const string DealsHeader = "externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status";

    [Fact]
    public void Reads_valid_deals_into_typed_rows()
    {
        var rows = CsvText.Rows(
            DealsHeader + "\nD1,P1,Backup,2025-03-15,New,C1,1234.50,0.15,500,10,Won\nD2,P1,Backup,2025-03-20,upsell,C2,100,0.2,,,LOST\n",
            ImportSchemas.Deals);

        Assert.All(rows, r => Assert.True(r.IsValid));
        Assert.Equal(
            new DealRow("D1", "P1", "Backup", new DateOnly(2025, 3, 15), DealType.New, "C1", 1234.50m, 0.15m, 500m, 10, DealStatus.Won),
            rows[0].Row);
        Assert.Equal(DealType.Upsell, rows[1].Row!.Type);
        Assert.Equal(DealStatus.Lost, rows[1].Row!.Status);
        Assert.Equal(0m, rows[1].Row!.ServicesRevenue);
        Assert.Equal(0, rows[1].Row!.Seats);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void Matches_header_names_ignoring_case_spaces_and_underscores_and_reports_unknown_columns()
    {
        const string text = "EXTERNAL_ID; Partner ID ;solution;Date;TYPE;customer-id;product_revenue;partnerMargin;status;comment\n"
            + "D1;P1;Backup;2025-03-15;new;C1;1.234,50;0,15;won;hello\n";
        using var session = CsvText.Session(text, ImportSchemas.Deals);

        Assert.Empty(session.HeaderErrors);
        var warning = Assert.Single(session.Warnings);
        Assert.Equal("comment", warning.Column);
        var row = Assert.Single(session.ReadRows());
        Assert.Equal(1234.50m, row.Row!.ProductRevenue);
        Assert.Equal(0.15m, row.Row.PartnerMargin);
    }

    [Fact]
    public void Missing_required_columns_are_errors_and_no_row_is_read()
    {
        using var session = CsvText.Session("externalId,partnerId,date\nD1,P1,2025-01-01\n", ImportSchemas.Deals);

        Assert.Contains(session.HeaderErrors, e => e.Column == "solution" && e.Line == 1);
        Assert.Contains(session.HeaderErrors, e => e.Column == "partnerMargin");
        Assert.DoesNotContain(session.HeaderErrors, e => e.Column == "seats");
        Assert.Empty(session.ReadRows());
    }

    [Fact]
    public void A_column_given_twice_is_an_error()
    {
        using var session = CsvText.Session("externalId,name,type,external_id\nP1,A,var,P1\n", ImportSchemas.Partners);

        Assert.Contains(session.HeaderErrors, e => e.Reason.Contains("appears twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Partner_margin_given_as_a_percentage_is_rejected_with_a_clear_reason()
    {
        var row = Assert.Single(CsvText.Rows(DealsHeader + "\nD1,P1,Backup,2025-03-15,new,C1,1000,15,0,1,won\n", ImportSchemas.Deals));

        Assert.False(row.IsValid);
        var issue = Assert.Single(row.Issues);
        Assert.Equal(("partnerMargin", "15", 2L), (issue.Column, issue.Value, issue.Line));
        Assert.Contains("looks like a percentage", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("0.15", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_problem_of_a_row()
    {
        var row = Assert.Single(CsvText.Rows(
            DealsHeader + "\nD1,,Backup,2025-13-01,gift,C1,-5,0.1,abc,2.5,maybe\n", ImportSchemas.Deals));

        Assert.Equal(
            new HashSet<string> { "partnerId", "date", "type", "productRevenue", "servicesRevenue", "seats", "status" },
            row.Issues.Select(i => i.Column).ToHashSet());
        Assert.Equal(
            ["D1", string.Empty, "Backup", "2025-13-01", "gift", "C1", "-5", "0.1", "abc", "2.5", "maybe"],
            row.SourceValues);
    }

    [Fact]
    public void A_lost_deal_may_leave_the_margin_empty_but_a_won_deal_may_not()
    {
        var rows = CsvText.Rows(
            DealsHeader + "\nD1,P1,S,2025-01-01,new,C1,100,,,,lost\nD2,P1,S,2025-01-01,new,C2,100,,,,won\n", ImportSchemas.Deals);

        Assert.True(rows[0].IsValid);
        Assert.Equal(0m, rows[0].Row!.PartnerMargin);
        Assert.Equal("partnerMargin", Assert.Single(rows[1].Issues).Column);
    }

    [Fact]
    public void Duplicate_external_ids_point_to_the_first_line()
    {
        var rows = CsvText.Rows(
            "externalId,name,type\nP1,A,var\nP2,B,msp\nP1,C,si\n", ImportSchemas.Partners);

        Assert.True(rows[0].IsValid);
        Assert.True(rows[1].IsValid);
        var issue = Assert.Single(rows[2].Issues);
        Assert.Equal(4, issue.Line);
        Assert.Contains("first at line 2", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_partner_and_solution_references_with_the_callers_lookups()
    {
        var options = new ImportOptions
        {
            References = ImportReferences.FromSets(new HashSet<string> { "P1" }, new HashSet<string> { "Backup" }),
        };
        var rows = CsvText.Rows(
            "externalId,partnerId,solution,date,category,amount,hours\nK1,P1,Backup,2025-01-01,training,100,\nK2,P9,Mail,2025-01-01,training,100,2\n",
            ImportSchemas.Costs,
            options);

        Assert.True(rows[0].IsValid);
        Assert.Null(rows[0].Row!.Hours);
        Assert.Equal(["partnerId", "solution"], rows[1].Issues.Select(i => i.Column));
        Assert.Contains("unknown partner", rows[1].Issues[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DE", true)]
    [InlineData("at", true)]
    [InlineData("UK", false)]
    [InlineData("DEU", false)]
    [InlineData("XX", false)]
    [InlineData("", true)]
    public void Validates_partner_countries_as_iso_3166_alpha_2(string country, bool valid)
    {
        var row = Assert.Single(CsvText.Rows($"externalId,name,type,tier,country\nP1,Nordlicht IT,MSP,Gold,{country}\n", ImportSchemas.Partners));

        Assert.Equal(valid, row.IsValid);
        if (valid && country.Length > 0)
        {
            Assert.Equal(country.ToUpperInvariant(), row.Row!.Country);
        }
    }

    [Fact]
    public void Detects_german_numbers_from_a_semicolon_file_with_decimal_commas()
    {
        using var session = CsvText.Session(
            "externalId;partnerId;solution;date;type;customerId;productRevenue;partnerMargin;status\n"
            + "D1;P1;S;15.03.2025;new;C1;1.500;0,15;won\n", ImportSchemas.Deals);

        Assert.True(session.CultureDetected);
        Assert.Equal(NumberCulture.German, session.Culture);
        var row = Assert.Single(session.ReadRows()).Row!;
        Assert.Equal(1500m, row.ProductRevenue);
        Assert.Equal(new DateOnly(2025, 3, 15), row.Date);
    }

    [Fact]
    public void Ambiguous_numbers_in_a_comma_file_are_invariant_and_in_a_semicolon_file_german()
    {
        const string header = "externalId{0}partnerId{0}solution{0}date{0}type{0}customerId{0}productRevenue{0}partnerMargin{0}status\n";
        using var comma = CsvText.Session(string.Format(null, header, ',') + "D1,P1,S,2025-03-15,new,C1,1500,0,won\n", ImportSchemas.Deals);
        using var semicolon = CsvText.Session(string.Format(null, header, ';') + "D1;P1;S;2025-03-15;new;C1;1500;0;won\n", ImportSchemas.Deals);

        Assert.Equal(NumberCulture.Invariant, comma.Culture);
        Assert.Equal(NumberCulture.German, semicolon.Culture);
    }

    [Fact]
    public void Detects_invariant_numbers_in_a_semicolon_file_with_decimal_points()
    {
        using var session = CsvText.Session(
            "externalId;partnerId;solution;date;type;customerId;productRevenue;partnerMargin;status\n"
            + "D1;P1;S;2025-03-15;new;C1;1,500;0.15;won\n", ImportSchemas.Deals);

        Assert.Equal(NumberCulture.Invariant, session.Culture);
        Assert.Equal(1500m, Assert.Single(session.ReadRows()).Row!.ProductRevenue);
    }

    [Fact]
    public void An_explicit_culture_wins_over_detection()
    {
        var rows = CsvText.Rows(
            "externalId;partnerId;solution;date;type;customerId;productRevenue;partnerMargin;status\nD1;P1;S;2025-03-15;new;C1;1.5;0.15;won\n",
            ImportSchemas.Deals,
            new ImportOptions { Culture = NumberCulture.German });

        Assert.Equal(["productRevenue", "partnerMargin"], Assert.Single(rows).Issues.Select(i => i.Column));
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_is_rejected()
    {
        var row = Assert.Single(CsvText.Rows("externalId,name,type\nP1,Müller, Söhne,var\n", ImportSchemas.Partners));

        Assert.False(row.IsValid);
        Assert.Contains(row.Issues, i => i.Reason.Contains("quote values", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_lists_the_first_fifty_issues_and_counts_all()
    {
        var text = new StringBuilder("externalId,name,type\n");
        for (var i = 0; i < 120; i++)
        {
            text.Append(null, $"P{i},Name {i},{(i % 2 == 0 ? "var" : "bank")}\n");
        }

        using var session = CsvText.Session(text.ToString(), ImportSchemas.Partners, file: "partners.csv");
        var report = session.Validate();

        Assert.Equal(120, report.RowsRead);
        Assert.Equal(60, report.ValidRows);
        Assert.Equal(60, report.IssueCount);
        Assert.Equal(50, report.Issues.Count);
        Assert.Equal(3, report.Issues[0].Line);
        Assert.Equal("partners.csv", report.Issues[0].File);
        Assert.Contains("... and 10 more errors", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_rejects_with_the_source_values_and_a_reason_column()
    {
        using var session = CsvText.Session("externalId;name;type\nP1;\"A; B\";var\nP2;Broken;bank\n", ImportSchemas.Partners);
        using var output = new MemoryStream();
        using (var rejects = new RejectsWriter(output, session.SourceHeaders, session.Delimiter))
        {
            session.Validate(rejects.Write);
            Assert.Equal(1, rejects.Count);
        }

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(
            "externalId;name;type;reason\nP2;Broken;bank;line 3: type 'bank': must be one of reseller|var|msp|si|distributor\n",
            text);

        // The rejects file reads back with the importer's own reader: fix it and import it again.
        using var back = TabularReader.OpenCsv(new MemoryStream(output.ToArray()));
        Assert.Equal(["externalId", "name", "type", "reason"], back.Headers);
    }

    [Fact]
    public void Reads_a_deals_workbook()
    {
        var path = Path.Combine(Path.GetTempPath(), $"samepage-{Guid.NewGuid():N}.xlsx");
        try
        {
            MiniExcelLibs.MiniExcel.SaveAs(path, new List<Dictionary<string, object?>>
            {
                new()
                {
                    ["externalId"] = "D1", ["partnerId"] = "P1", ["solution"] = "Backup", ["date"] = new DateTime(2025, 3, 15),
                    ["type"] = "new", ["customerId"] = "C1", ["productRevenue"] = 1234.5, ["partnerMargin"] = 0.15,
                    ["servicesRevenue"] = 200, ["seats"] = 3, ["status"] = "won",
                },
            });

            using var session = ImportSession<DealRow>.Open(path, ImportSchemas.Deals);
            var row = Assert.Single(session.ReadRows());

            Assert.True(row.IsValid, string.Join("; ", row.Issues));
            Assert.Equal(new DealRow("D1", "P1", "Backup", new DateOnly(2025, 3, 15), DealType.New, "C1", 1234.5m, 0.15m, 200m, 3, DealStatus.Won), row.Row);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

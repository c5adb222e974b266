-- 0002: the legal tables and the office's default settings (domain.md §0–§2, §5).
-- These are data with effective dates: a new decree is a new row (in the settings tab or a new
-- migration), never a code change.

INSERT INTO reform_field (code, name, sort) VALUES
    ('the_che',   'Cải cách thể chế', 1),
    ('tthc',      'Cải cách thủ tục hành chính', 2),
    ('bo_may',    'Cải cách tổ chức bộ máy hành chính nhà nước', 3),
    ('cong_vu',   'Cải cách chế độ công vụ', 4),
    ('tai_chinh', 'Cải cách tài chính công', 5),
    ('so',        'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 6);

-- Luật Thi đua, khen thưởng 2022 Điều 9 (forms), Điều 21–28 (titles).
INSERT INTO award_form (code, name, kind, recipient, sort) VALUES
    ('giay_khen',      'Giấy khen',                          'form',  'both',   1),
    ('ldtt',           'Lao động tiên tiến',                 'title', 'person', 2),
    ('cstdcs',         'Chiến sĩ thi đua cơ sở',             'title', 'person', 3),
    ('tt_ldtt',        'Tập thể lao động tiên tiến',         'title', 'unit',   4),
    ('tt_ldxs',        'Tập thể lao động xuất sắc',          'title', 'unit',   5),
    ('cstd_tinh',      'Chiến sĩ thi đua cấp tỉnh',          'title', 'person', 6),
    ('bang_khen_tinh', 'Bằng khen của Chủ tịch UBND tỉnh',   'form',  'both',   7);

-- Who confers what: Luật TĐKT 2022 Điều 80 (Chủ tịch UBND cấp huyện: TT LĐTT, CSTĐCS, LĐTT, giấy khen;
-- cấp xã: LĐTT, giấy khen). Districts were abolished on 01/07/2025 (two-tier local government).
INSERT INTO form_authority (form_code, authority, effective_from, effective_to, legal_ref) VALUES
    ('giay_khen', 'district_chair', '2024-01-01', '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80'),
    ('ldtt',      'district_chair', '2024-01-01', '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80'),
    ('cstdcs',    'district_chair', '2024-01-01', '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80'),
    ('tt_ldtt',   'district_chair', '2024-01-01', '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80'),
    ('giay_khen', 'commune_chair',  '2024-01-01', NULL,         'Luật Thi đua, khen thưởng 2022, Điều 80'),
    ('ldtt',      'commune_chair',  '2024-01-01', NULL,         'Luật Thi đua, khen thưởng 2022, Điều 80'),
    ('tt_ldxs',   'province_chair', '2024-01-01', NULL,         'Luật Thi đua, khen thưởng 2022, Điều 79'),
    ('cstd_tinh', 'province_chair', '2024-01-01', NULL,         'Luật Thi đua, khen thưởng 2022, Điều 79'),
    ('bang_khen_tinh', 'province_chair', '2024-01-01', NULL,    'Luật Thi đua, khen thưởng 2022, Điều 79');

-- Mức lương cơ sở.
INSERT INTO base_salary (effective_from, amount, legal_ref) VALUES
    ('2019-07-01', 1490000, 'Nghị định số 38/2019/NĐ-CP'),
    ('2023-07-01', 1800000, 'Nghị định số 24/2023/NĐ-CP'),
    ('2024-07-01', 2340000, 'Nghị định số 73/2024/NĐ-CP');

-- Hệ số (thousandths of the base salary). NĐ 98/2023 Điều 54 (titles) and Điều 58 (Giấy khen; the
-- collective gets twice the individual's); NĐ 91/2017 for Giấy khen before 2024; NĐ 152/2025 keeps
-- the same values from 01/07/2025.
INSERT INTO bonus_coefficient (form_code, recipient_kind, thousandths, effective_from, legal_ref) VALUES
    ('giay_khen', 'person',  300, '2017-09-15', 'Nghị định số 91/2017/NĐ-CP'),
    ('giay_khen', 'unit',    600, '2017-09-15', 'Nghị định số 91/2017/NĐ-CP'),
    ('giay_khen', 'person',  300, '2024-01-01', 'Nghị định số 98/2023/NĐ-CP, Điều 58'),
    ('giay_khen', 'unit',    600, '2024-01-01', 'Nghị định số 98/2023/NĐ-CP, Điều 58'),
    ('ldtt',      'person',  300, '2024-01-01', 'Nghị định số 98/2023/NĐ-CP, Điều 54'),
    ('cstdcs',    'person', 1000, '2024-01-01', 'Nghị định số 98/2023/NĐ-CP, Điều 54'),
    ('tt_ldtt',   'unit',    800, '2024-01-01', 'Nghị định số 98/2023/NĐ-CP, Điều 54'),
    ('tt_ldxs',   'unit',   1500, '2024-01-01', 'Nghị định số 98/2023/NĐ-CP, Điều 54'),
    ('cstd_tinh', 'person', 3000, '2024-01-01', 'Nghị định số 98/2023/NĐ-CP, Điều 54'),
    ('giay_khen', 'person',  300, '2025-07-01', 'Nghị định số 152/2025/NĐ-CP'),
    ('giay_khen', 'unit',    600, '2025-07-01', 'Nghị định số 152/2025/NĐ-CP'),
    ('ldtt',      'person',  300, '2025-07-01', 'Nghị định số 152/2025/NĐ-CP'),
    ('cstdcs',    'person', 1000, '2025-07-01', 'Nghị định số 152/2025/NĐ-CP'),
    ('tt_ldtt',   'unit',    800, '2025-07-01', 'Nghị định số 152/2025/NĐ-CP'),
    ('tt_ldxs',   'unit',   1500, '2025-07-01', 'Nghị định số 152/2025/NĐ-CP'),
    ('cstd_tinh', 'person', 3000, '2025-07-01', 'Nghị định số 152/2025/NĐ-CP');

-- Căn cứ of the 2024 legal period (NĐ 30/2020: each line ends with ";", the last with "." — the
-- renderer adds the punctuation). Effective until NĐ 152/2025 took over on 01/07/2025.
INSERT INTO legal_basis (effective_from, effective_to, sort, text) VALUES
    ('2024-01-01', '2025-06-30', 1, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019'),
    ('2024-01-01', '2025-06-30', 2, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'),
    ('2024-01-01', '2025-06-30', 3, 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'),
    ('2024-02-24', '2025-06-30', 4, 'Căn cứ Thông tư số 01/2024/TT-BNV ngày 24 tháng 02 năm 2024 của Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, khen thưởng và Nghị định số 98/2023/NĐ-CP');

INSERT INTO setting (key, value) VALUES
    ('parent_agency', ''),
    ('agency', 'ỦY BAN NHÂN DÂN HUYỆN BẮC TRÀ MY'),
    ('agency_short', 'UBND huyện Bắc Trà My'),
    ('place', 'Bắc Trà My'),
    ('office', 'Phòng Nội vụ'),
    ('decision_symbol', 'QĐ-UBND');

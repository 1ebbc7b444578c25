// Vietnamese first, English on request. Numbers, money and dates are written the Vietnamese way in Vietnamese
// (7.500 — 6.889.000.000 ₫ — 15/03/2023 — 80,6 %) and the British way in English (7,500 — 6,889,000,000 ₫ —
// 15/03/2023 — 80.6%).

const LANG_KEY = 'taphuan.lang';
const NBSP = '\u00a0';

const MESSAGES = {
  vi: {
    'app.name': 'Tập huấn',
    'app.title': 'Tập huấn — tiến độ đào tạo, bồi dưỡng',
    'app.skip': 'Bỏ qua đến nội dung chính',
    'app.loading': 'Đang tải…',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch to English',
    'nav.main': 'Điều hướng chính',
    'nav.province': 'Tỉnh của tôi',
    'nav.national': 'Toàn quốc',
    'nav.tenants': 'Các tỉnh trên nền tảng',
    'nav.import': 'Nhập kế hoạch',
    'nav.signOut': 'Đăng xuất',
    'role.PROVINCE_ADMIN': 'quản trị tỉnh',
    'role.PROVINCE_OFFICER': 'cán bộ tỉnh',
    'role.PROVINCE_VIEWER': 'xem (tỉnh)',
    'role.MINISTRY_ANALYST': 'chuyên viên bộ, ngành',
    'role.PLATFORM_ADMIN': 'quản trị nền tảng',

    'signin.title': 'Đăng nhập',
    'signin.intro': 'Theo dõi tiến độ đào tạo, bồi dưỡng của các chương trình mục tiêu quốc gia.',
    'signin.username': 'Tên đăng nhập',
    'signin.password': 'Mật khẩu',
    'signin.submit': 'Đăng nhập',
    'signin.busy': 'Đang đăng nhập…',
    'signin.failed': 'Sai tên đăng nhập hoặc mật khẩu.',
    'signin.unreachable': 'Không kết nối được máy chủ cấp quyền ({url}).',
    'signin.expired': 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.',
    'signin.signedOut': 'Bạn đã đăng xuất.',
    'signin.demo': 'Tài khoản trình diễn (mật khẩu {password}):',
    'signin.required': 'bắt buộc',

    'common.asOf': 'Số liệu đến {date}',
    'common.dataAsOf': 'cập nhật lúc {time}',
    'common.live': 'Trực tiếp',
    'common.liveOff': 'Mất kết nối trực tiếp — đang thử lại',
    'common.updated': 'Số liệu vừa được cập nhật',
    'common.target': 'chỉ tiêu',
    'common.none': '—',
    'common.cancel': 'Hủy',
    'common.page': 'Trang {page}/{pages}',
    'common.previous': 'Trang trước',
    'common.next': 'Trang sau',
    'common.downloading': 'Đang tải xuống…',
    'common.total': 'Tổng',
    'common.notReportedYet': 'Kế hoạch này chưa có số liệu báo cáo (kế hoạch chưa được phê duyệt, hoặc số liệu đang được cập nhật). Trang sẽ tự hiện khi có số liệu.',
    'common.network': 'Không kết nối được dịch vụ {service}. Kiểm tra mạng rồi thử lại.',
    'common.error': 'Có lỗi',
    'common.fieldsWrong': 'Hãy sửa các trường sau:',
    'common.dateFormat': 'ngày/tháng/năm, ví dụ 15/03/2025',
    'common.badDate': 'không phải ngày hợp lệ (viết ngày/tháng/năm, ví dụ 15/03/2025)',
    'common.badNumber': 'phải là số nguyên',

    'figures.activities': 'Hoạt động đã tổ chức',
    'figures.personTurns': 'Lượt người đã đào tạo',
    'figures.persons': 'Số người (mỗi người tính một lần)',
    'figures.coverage': 'Bao phủ danh sách',
    'figures.spent': 'Kinh phí đã chi',
    'figures.noTarget': 'không đặt chỉ tiêu',
    'figures.ofAllocated': 'trên {allocated} đã giao',
    'figures.scheduled': '{count} hoạt động đã lên lịch',
    'figures.coverageOf': '{covered} / {required} người cần đào tạo (danh sách {roster} người)',
    'figures.women': 'Phụ nữ',
    'figures.ethnicMinority': 'Người dân tộc thiểu số',
    'figures.minShare': 'tối thiểu {min}',
    'figures.meets': 'đạt mức tối thiểu',
    'figures.below': 'dưới mức tối thiểu',
    'figures.noMinimum': 'không quy định mức tối thiểu',
    'figures.costPerTurn': 'Chi phí bình quân {amount}/lượt người',

    'forecast.title': 'Dự báo đến hạn {deadline}',
    'forecast.status.ON_TRACK': 'Đúng tiến độ',
    'forecast.status.AT_RISK': 'Có nguy cơ chậm',
    'forecast.status.OFF_TRACK': 'Chậm tiến độ',
    'forecast.status.null': 'Chưa đánh giá',
    'forecast.measure.ACTIVITIES': 'Hoạt động',
    'forecast.measure.PERSON_TURNS': 'Lượt người',
    'forecast.measure.COVERAGE': 'Bao phủ (số người)',
    'forecast.projected': 'Dự kiến đạt khi đến hạn',
    'forecast.shortfall': 'Còn thiếu khi đến hạn',
    'forecast.neededPerMonth': 'Cần mỗi tháng',
    'forecast.runRate': 'Tốc độ hiện nay (mỗi tháng)',
    'forecast.pipeline': 'Đã lên lịch, đang chờ',
    'forecast.reachDate': 'Dự kiến đạt chỉ tiêu vào',
    'forecast.reachedOn': 'Đã đạt chỉ tiêu ngày',
    'forecast.basis.REACHED': 'Đã đạt chỉ tiêu.',
    'forecast.basis.CLOSED': 'Kế hoạch đã đóng trước khi đạt chỉ tiêu.',
    'forecast.basis.DEADLINE_PASSED': 'Đã quá hạn mà chưa đạt chỉ tiêu.',
    'forecast.basis.TOO_EARLY': 'Mới bắt đầu: chỉ tính số đã đạt và đã lên lịch.',
    'forecast.basis.RUN_RATE': 'Theo tốc độ thực hiện đến nay.',
    'forecast.basis.PIPELINE': 'Theo các hoạt động đã lên lịch.',

    'province.title': 'Tỉnh {name}',
    'province.subtitle': 'Tiến độ đào tạo, bồi dưỡng theo chương trình',
    'province.plans': 'Các kế hoạch',
    'province.plansCaption': 'Kế hoạch của tỉnh, mới nhất trước',
    'province.programmes': 'Theo chương trình',
    'province.drafts': 'Kế hoạch đang soạn, chờ duyệt',
    'province.noPlans': 'Tỉnh chưa có kế hoạch nào được phê duyệt.',
    'province.plansByStatus': 'Kế hoạch theo dự báo',
    'province.inherits': 'Kể cả số liệu của: {names}',
    'province.export': 'Tải báo cáo Excel của tỉnh',

    'plan.document': 'Số văn bản',
    'plan.period': 'Thời kỳ',
    'plan.deadline': 'Hạn',
    'plan.version': 'Phiên bản',
    'plan.state': 'Trạng thái',
    'plan.state.IN_FORCE': 'Đang thực hiện',
    'plan.state.CLOSED': 'Đã đóng',
    'plan.programme': 'Chương trình',
    'plan.title': 'Tên kế hoạch',
    'plan.status.DRAFT': 'Bản thảo',
    'plan.status.SUBMITTED': 'Đã trình',
    'plan.status.APPROVED': 'Đã phê duyệt',
    'plan.status.IN_PROGRESS': 'Đang thực hiện',
    'plan.status.CLOSED': 'Đã đóng',
    'plan.export': 'Tải báo cáo Excel của kế hoạch',
    'plan.schedule': 'Lên lịch lớp học',
    'plan.budget': 'Kinh phí: giao, chi',
    'plan.lines': 'Theo dòng chỉ tiêu',
    'plan.lineRemoved': 'không còn trong phiên bản hiện hành',
    'plan.byGroup': 'Theo đối tượng',
    'plan.byLevel': 'Theo cấp',
    'plan.byGender': 'Theo giới tính',
    'plan.shares': 'Tỷ lệ phụ nữ và người dân tộc thiểu số',
    'plan.shareCaption': 'Tỷ lệ trên tổng lượt người đã đạt, so với mức tối thiểu của từng dòng chỉ tiêu',
    'plan.budgetBySource': 'Thực hiện kinh phí theo nguồn',
    'plan.monthly': 'Theo tháng',
    'plan.monthlyCaption': 'Lượt người mỗi tháng và lũy kế so với chỉ tiêu',
    'plan.units': 'Theo địa bàn',
    'plan.unitsLevel': 'Cấp địa bàn',
    'plan.unitsOn': 'Theo bản đồ hành chính',
    'plan.unitsOnToday': 'hiện nay',
    'plan.unitsOnPeriod': 'khi thực hiện kế hoạch ({date})',
    'plan.unitsRecorded': 'ghi nhận tại: {codes}',
    'plan.activities': 'Các hoạt động',
    'plan.activitiesCaption': 'Lớp học, hội thảo, đoàn học tập của kế hoạch',
    'plan.noActivities': 'Chưa có hoạt động nào.',
    'plan.group': 'Nhóm',
    'plan.targetCol': 'Chỉ tiêu',
    'plan.achievedCol': 'Đã đạt',
    'plan.percentCol': 'Tỷ lệ đạt',
    'plan.shareCol': 'Cơ cấu',

    'col.unit': 'Địa bàn',
    'col.activities': 'Hoạt động',
    'col.personTurns': 'Lượt người',
    'col.women': 'Phụ nữ',
    'col.minority': 'DTTS',
    'col.persons': 'Số người',
    'col.title': 'Tên hoạt động',
    'col.kind': 'Loại',
    'col.dates': 'Thời gian',
    'col.status': 'Trạng thái',
    'col.enrolled': 'Đang học',
    'col.completed': 'Hoàn thành',
    'col.capacity': 'Sức chứa',
    'col.source': 'Nguồn',
    'col.envelope': 'Dự toán',
    'col.allocated': 'Đã giao',
    'col.committed': 'Đã cam kết',
    'col.spent': 'Đã chi',
    'col.settled': 'Đã quyết toán',
    'col.spentPercent': 'Chi / giao',
    'col.rank': 'Hạng',
    'col.province': 'Tỉnh',
    'col.plans': 'Số kế hoạch',
    'col.forecast': 'Dự báo',
    'col.projected': 'Dự kiến khi đến hạn',
    'col.shortfall': 'Còn thiếu',
    'col.document': 'Số văn bản',
    'col.period': 'Thời kỳ',
    'col.date': 'Ngày',
    'col.amount': 'Số tiền',
    'col.line': 'Dòng chỉ tiêu',
    'col.row': 'Dòng',
    'col.column': 'Cột',
    'col.reason': 'Lý do',
    'col.code': 'Mã',
    'col.name': 'Tên',
    'col.validFrom': 'Hiệu lực từ',
    'col.validTo': 'đến',

    'national.title': 'Toàn quốc',
    'national.subtitle': 'Tiến độ đào tạo, bồi dưỡng của các tỉnh, theo chương trình',
    'national.provinces': '{count} tỉnh báo cáo, {plans} kế hoạch',
    'national.programmes': 'Theo chương trình',
    'national.provincesByStatus': 'Số tỉnh theo dự báo',
    'national.ranking': 'Xếp hạng các tỉnh',
    'national.rankingCaption': 'Các tỉnh xếp theo {order}',
    'national.order': 'Xếp theo',
    'national.order.PROGRESS': 'tỷ lệ lượt người đạt',
    'national.order.STATUS': 'dự báo (chậm nhất trước)',
    'national.order.NAME': 'tên tỉnh',
    'national.programme': 'Chương trình',
    'national.allProgrammes': 'Tất cả chương trình',
    'national.chart': 'Tỷ lệ lượt người đạt theo tỉnh',
    'national.drill': 'Xem chi tiết tỉnh {name}',
    'national.noPersonalData': 'Trang này chỉ có số liệu tổng hợp, không có thông tin cá nhân của học viên.',
    'national.export': 'Tải báo cáo Excel toàn quốc',

    'tenants.title': 'Các tỉnh trên nền tảng',
    'tenants.caption': 'Các tỉnh (đơn vị thuê bao) đã được đưa vào nền tảng',
    'tenants.status.ACTIVE': 'Đang hoạt động',
    'tenants.status.DISABLED': 'Đã ngừng',

    'import.title': 'Nhập kế hoạch từ văn bản',
    'import.intro': 'Dán toàn văn kế hoạch đã ban hành (hoặc chọn tệp .txt). Hệ thống đọc các chỉ tiêu, kinh phí, thời kỳ; bạn đối chiếu từng giá trị với văn bản rồi xác nhận.',
    'import.programme': 'Chương trình',
    'import.text': 'Văn bản kế hoạch',
    'import.file': 'Hoặc chọn tệp văn bản (.txt, UTF-8)',
    'import.read': 'Đọc văn bản',
    'import.reading': 'Đang đọc…',
    'import.review': 'Đối chiếu với văn bản',
    'import.reviewIntro': 'Bên trái là văn bản, các đoạn được đọc được tô màu; bên phải là các giá trị. Bấm “xem trong văn bản” để thấy giá trị lấy từ đâu. Sửa nếu cần, rồi xác nhận.',
    'import.findings': 'Cần bạn xem lại',
    'import.general': 'Thông tin chung',
    'import.lines': 'Các dòng chỉ tiêu',
    'import.lineN': 'Dòng chỉ tiêu {n}',
    'import.budget': 'Kinh phí',
    'import.sourceN': 'Nguồn {n}',
    'import.legalBases': 'Căn cứ',
    'import.scope': 'Địa bàn',
    'import.showInText': 'xem trong văn bản',
    'import.confidence.HIGH': 'chắc chắn',
    'import.confidence.MEDIUM': 'cần kiểm tra',
    'import.confidence.LOW': 'không chắc chắn',
    'import.notInText': 'không có trong văn bản',
    'import.confirm': 'Xác nhận, tạo bản thảo kế hoạch',
    'import.confirming': 'Đang tạo…',
    'import.created': 'Đã tạo bản thảo kế hoạch.',
    'import.text.label': 'Văn bản kế hoạch (các đoạn đã đọc được tô màu)',

    'field.title': 'Tên kế hoạch',
    'field.issuingBody': 'Cơ quan ban hành',
    'field.documentNumber': 'Số văn bản',
    'field.documentDate': 'Ngày ban hành',
    'field.periodStart': 'Từ ngày',
    'field.periodEnd': 'Đến ngày',
    'field.budgetTotalVnd': 'Tổng kinh phí (đồng)',
    'field.description': 'Mô tả',
    'field.activityKind': 'Loại hoạt động',
    'field.targetGroup': 'Đối tượng',
    'field.cadreLevel': 'Cấp cán bộ',
    'field.plannedActivities': 'Số hoạt động',
    'field.plannedPersonTurns': 'Số lượt người',
    'field.rosterSize': 'Số người trong danh sách (mẫu số)',
    'field.coveragePercent': 'Tỷ lệ phải đào tạo (%)',
    'field.minWomenPercent': 'Phụ nữ tối thiểu (%)',
    'field.minEthnicMinorityPercent': 'DTTS tối thiểu (%)',
    'field.source': 'Nguồn kinh phí',
    'field.amountVnd': 'Số tiền (đồng)',
    'field.choose': '— chọn —',

    'draft.title': 'Bản thảo kế hoạch',
    'draft.submit': 'Trình phê duyệt',
    'draft.approve': 'Phê duyệt',
    'draft.approvedOn': 'Ngày phê duyệt',
    'draft.approved': 'Kế hoạch đã được phê duyệt.',
    'draft.submitted': 'Đã trình phê duyệt.',
    'draft.toDashboard': 'Xem tiến độ kế hoạch',
    'draft.lines': 'Dòng chỉ tiêu',

    'schedule.title': 'Lên lịch hoạt động',
    'schedule.line': 'Dòng chỉ tiêu',
    'schedule.name': 'Tên lớp, hội thảo, đoàn',
    'schedule.unit': 'Địa bàn tổ chức',
    'schedule.start': 'Ngày bắt đầu',
    'schedule.end': 'Ngày kết thúc',
    'schedule.capacity': 'Số chỗ',
    'schedule.sessions': 'Các buổi',
    'schedule.sessionDate': 'Ngày',
    'schedule.sessionKind': 'Hình thức',
    'schedule.sessionTopic': 'Chuyên đề',
    'schedule.addSession': 'Thêm buổi',
    'schedule.removeSession': 'Xóa buổi {n}',
    'schedule.trainers': 'Giảng viên, báo cáo viên (mỗi người một dòng)',
    'schedule.rules': 'Quy định của chương trình: {rules}',
    'schedule.rule.minDurationDays': 'ít nhất {n} ngày',
    'schedule.rule.minFieldSessions': 'ít nhất {n} buổi thực tế',
    'schedule.rule.minAttendancePercent': 'dự ít nhất {n} % số buổi',
    'schedule.submit': 'Lên lịch',
    'schedule.unitValid': 'hiệu lực {from}–{to}',
    'session.THEORY': 'Lý thuyết',
    'session.FIELD': 'Thực tế, thực hành',

    'activity.title': 'Hoạt động',
    'activity.status.SCHEDULED': 'Đã lên lịch',
    'activity.status.HELD': 'Đã tổ chức',
    'activity.status.CLOSED': 'Đã kết thúc',
    'activity.status.CANCELLED': 'Đã hủy',
    'activity.seats': '{taken} / {capacity} chỗ',
    'activity.sessionsRequired': 'Cần dự ít nhất {n} buổi để hoàn thành',
    'activity.attendance': 'Danh sách điểm danh',
    'activity.template': 'Tải tệp mẫu điểm danh (Excel)',
    'activity.upload': 'Tải lên danh sách điểm danh',
    'activity.uploadHint': 'Tệp Excel (.xlsx, .xls) hoặc CSV UTF-8, theo tệp mẫu',
    'activity.uploadButton': 'Tải lên',
    'activity.uploading': 'Đang nhập {percent} %…',
    'activity.report': 'Kết quả nhập tệp {file}',
    'activity.accepted': 'Dòng hợp lệ',
    'activity.rejected': 'Dòng lỗi',
    'activity.enrolledNow': 'Ghi danh mới',
    'activity.alreadyEnrolled': 'Đã ghi danh từ trước',
    'activity.attendanceChanged': 'Lượt điểm danh ghi nhận',
    'activity.rowErrors': 'Các dòng lỗi',
    'activity.rowErrorsCaption': 'Lỗi theo dòng và cột của tệp đã tải lên',
    'activity.errorsTruncated': 'Chỉ hiện một phần các lỗi; tải tệp để xem đủ.',
    'activity.downloadErrors': 'Tải các dòng lỗi (Excel) để sửa',
    'activity.noErrors': 'Không có dòng lỗi.',
    'activity.failure': 'Không nhập được tệp: {reason}',
    'activity.complete': 'Ghi nhận hoàn thành',
    'activity.completed': 'Đã ghi nhận hoàn thành: {count} người.',
    'activity.notCompleted': 'Chưa đủ điều kiện: {count} người.',
    'activity.hold': 'Đánh dấu đã tổ chức',
    'activity.shares': 'Cơ cấu học viên',
    'activity.warning': 'Cảnh báo',
    'activity.plan': 'Kế hoạch',
    'activity.toPlan': 'Về tiến độ kế hoạch',
    'activity.fileRequired': 'Hãy chọn tệp',

    'budget.title': 'Kinh phí của kế hoạch',
    'budget.totals': 'Tổng hợp',
    'budget.estimate': 'Dự toán',
    'budget.available': 'Còn được chi',
    'budget.byLine': 'Theo dòng chỉ tiêu',
    'budget.allocate': 'Giao dự toán',
    'budget.decisionNumber': 'Số quyết định giao',
    'budget.decisionDate': 'Ngày quyết định',
    'budget.allocated': 'Đã ghi nhận giao dự toán.',
    'budget.spend': 'Ghi nhận khoản chi',
    'budget.activity': 'Hoạt động',
    'budget.noActivity': '— không gắn với hoạt động —',
    'budget.documentNumber': 'Số chứng từ',
    'budget.spentOn': 'Ngày chi',
    'budget.overrideReason': 'Lý do chi vượt dự toán được giao (chỉ quản trị tỉnh)',
    'budget.spentSaved': 'Đã ghi nhận khoản chi.',
    'budget.expenditures': 'Các khoản chi gần đây',
    'budget.noExpenditures': 'Chưa có khoản chi nào.',
    'budget.amountPreview': 'Số tiền: {amount}',
    'budget.amountInvalid': 'Số tiền là số nguyên đồng, ví dụ 6.889.000.000',

    'kind.TRAINING_CLASS': 'Lớp đào tạo, tập huấn',
    'kind.WORKSHOP': 'Hội thảo',
    'kind.STUDY_TOUR': 'Đoàn học tập kinh nghiệm',
    'kind.E_LEARNING_COHORT': 'Lớp trực tuyến',
    'group.COMMUNITY': 'Cộng đồng',
    'group.CADRE': 'Cán bộ',
    'level.PROVINCE': 'Cấp tỉnh',
    'level.DISTRICT': 'Cấp huyện',
    'level.COMMUNE': 'Cấp xã',
    'level.VILLAGE': 'Thôn, bản',
    'level.COMMUNITY': 'Cộng đồng',
    'gender.FEMALE': 'Nữ',
    'gender.MALE': 'Nam',
    'gender.OTHER': 'Khác',
    'source.CENTRAL': 'Ngân sách trung ương (sự nghiệp)',
    'source.CENTRAL_INVESTMENT': 'Ngân sách trung ương (đầu tư)',
    'source.PROVINCE': 'Ngân sách tỉnh',
    'source.DISTRICT': 'Ngân sách huyện',
    'source.COMMUNE': 'Ngân sách xã',
    'source.SOCIAL': 'Xã hội hóa',
    'source.OTHER': 'Nguồn hợp pháp khác',
    'unitLevel.PROVINCE': 'Tỉnh',
    'unitLevel.DISTRICT': 'Huyện',
    'unitLevel.COMMUNE': 'Xã',
    'unitLevel.VILLAGE': 'Thôn',
  },
  en: {
    'app.name': 'Tập huấn',
    'app.title': 'Tập huấn — training progress',
    'app.skip': 'Skip to the main content',
    'app.loading': 'Loading…',
    'lang.switch': 'Tiếng Việt',
    'lang.switchLabel': 'Chuyển sang tiếng Việt',
    'nav.main': 'Main navigation',
    'nav.province': 'My province',
    'nav.national': 'Nationwide',
    'nav.tenants': 'Provinces on the platform',
    'nav.import': 'Import a plan',
    'nav.signOut': 'Sign out',
    'role.PROVINCE_ADMIN': 'province administrator',
    'role.PROVINCE_OFFICER': 'province officer',
    'role.PROVINCE_VIEWER': 'province viewer',
    'role.MINISTRY_ANALYST': 'ministry analyst',
    'role.PLATFORM_ADMIN': 'platform administrator',

    'signin.title': 'Sign in',
    'signin.intro': 'Follow the training of the national target programmes.',
    'signin.username': 'User name',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.busy': 'Signing in…',
    'signin.failed': 'Wrong user name or password.',
    'signin.unreachable': 'The token issuer ({url}) cannot be reached.',
    'signin.expired': 'Your session has expired; please sign in again.',
    'signin.signedOut': 'You have signed out.',
    'signin.demo': 'Demo accounts (password {password}):',
    'signin.required': 'required',

    'common.asOf': 'Figures as of {date}',
    'common.dataAsOf': 'updated {time}',
    'common.live': 'Live',
    'common.liveOff': 'Live connection lost — retrying',
    'common.updated': 'The figures have just been updated',
    'common.target': 'target',
    'common.none': '—',
    'common.cancel': 'Cancel',
    'common.page': 'Page {page} of {pages}',
    'common.previous': 'Previous page',
    'common.next': 'Next page',
    'common.downloading': 'Downloading…',
    'common.total': 'Total',
    'common.notReportedYet': 'There are no reported figures for this plan yet (it is not approved, or its figures are on their way). The page will show them as soon as they arrive.',
    'common.network': 'The {service} service cannot be reached. Check the network and try again.',
    'common.error': 'Something went wrong',
    'common.fieldsWrong': 'Please correct these fields:',
    'common.dateFormat': 'day/month/year, e.g. 15/03/2025',
    'common.badDate': 'is not a valid date (write day/month/year, e.g. 15/03/2025)',
    'common.badNumber': 'must be a whole number',

    'figures.activities': 'Activities held',
    'figures.personTurns': 'Person-turns trained',
    'figures.persons': 'Persons (each counted once)',
    'figures.coverage': 'Roster coverage',
    'figures.spent': 'Money spent',
    'figures.noTarget': 'no target set',
    'figures.ofAllocated': 'of {allocated} allocated',
    'figures.scheduled': '{count} activities scheduled',
    'figures.coverageOf': '{covered} / {required} persons required (roster of {roster})',
    'figures.women': 'Women',
    'figures.ethnicMinority': 'Ethnic-minority people',
    'figures.minShare': 'minimum {min}',
    'figures.meets': 'meets the minimum',
    'figures.below': 'below the minimum',
    'figures.noMinimum': 'no minimum set',
    'figures.costPerTurn': 'Average cost {amount} per person-turn',

    'forecast.title': 'Forecast to the deadline {deadline}',
    'forecast.status.ON_TRACK': 'On track',
    'forecast.status.AT_RISK': 'At risk',
    'forecast.status.OFF_TRACK': 'Off track',
    'forecast.status.null': 'Not assessed',
    'forecast.measure.ACTIVITIES': 'Activities',
    'forecast.measure.PERSON_TURNS': 'Person-turns',
    'forecast.measure.COVERAGE': 'Coverage (persons)',
    'forecast.projected': 'Projected at the deadline',
    'forecast.shortfall': 'Shortfall at the deadline',
    'forecast.neededPerMonth': 'Needed per month',
    'forecast.runRate': 'Current rate (per month)',
    'forecast.pipeline': 'Scheduled, in the pipeline',
    'forecast.reachDate': 'Target reached around',
    'forecast.reachedOn': 'Target reached on',
    'forecast.basis.REACHED': 'The target is reached.',
    'forecast.basis.CLOSED': 'The plan was closed before the target was reached.',
    'forecast.basis.DEADLINE_PASSED': 'The deadline passed before the target was reached.',
    'forecast.basis.TOO_EARLY': 'Too early to judge a rate: only what is achieved and scheduled counts.',
    'forecast.basis.RUN_RATE': 'From the rate achieved so far.',
    'forecast.basis.PIPELINE': 'From the activities already scheduled.',

    'province.title': '{name} province',
    'province.subtitle': 'Training progress by programme',
    'province.plans': 'Plans',
    'province.plansCaption': 'The province\'s plans, newest first',
    'province.programmes': 'By programme',
    'province.drafts': 'Plans being drafted or awaiting approval',
    'province.noPlans': 'The province has no approved plan yet.',
    'province.plansByStatus': 'Plans by forecast',
    'province.inherits': 'Including the figures of: {names}',
    'province.export': 'Download the province\'s Excel report',

    'plan.document': 'Document',
    'plan.period': 'Period',
    'plan.deadline': 'Deadline',
    'plan.version': 'Version',
    'plan.state': 'State',
    'plan.state.IN_FORCE': 'In force',
    'plan.state.CLOSED': 'Closed',
    'plan.programme': 'Programme',
    'plan.title': 'Plan',
    'plan.status.DRAFT': 'Draft',
    'plan.status.SUBMITTED': 'Submitted',
    'plan.status.APPROVED': 'Approved',
    'plan.status.IN_PROGRESS': 'In progress',
    'plan.status.CLOSED': 'Closed',
    'plan.export': 'Download the plan\'s Excel report',
    'plan.schedule': 'Schedule a class',
    'plan.budget': 'Budget: allocations, spending',
    'plan.lines': 'By target line',
    'plan.lineRemoved': 'no longer in the version in force',
    'plan.byGroup': 'By target group',
    'plan.byLevel': 'By level',
    'plan.byGender': 'By gender',
    'plan.shares': 'Shares of women and ethnic-minority people',
    'plan.shareCaption': 'Shares of the person-turns achieved, against each target line\'s minimum',
    'plan.budgetBySource': 'Budget execution by source',
    'plan.monthly': 'By month',
    'plan.monthlyCaption': 'Person-turns per month and cumulative against the target',
    'plan.units': 'By administrative unit',
    'plan.unitsLevel': 'Unit level',
    'plan.unitsOn': 'As the map stands',
    'plan.unitsOnToday': 'today',
    'plan.unitsOnPeriod': 'during the plan ({date})',
    'plan.unitsRecorded': 'recorded under: {codes}',
    'plan.activities': 'Activities',
    'plan.activitiesCaption': 'The plan\'s classes, workshops and study tours',
    'plan.noActivities': 'No activity yet.',
    'plan.group': 'Group',
    'plan.targetCol': 'Target',
    'plan.achievedCol': 'Achieved',
    'plan.percentCol': 'Percent',
    'plan.shareCol': 'Share',

    'col.unit': 'Unit',
    'col.activities': 'Activities',
    'col.personTurns': 'Person-turns',
    'col.women': 'Women',
    'col.minority': 'Ethnic minority',
    'col.persons': 'Persons',
    'col.title': 'Activity',
    'col.kind': 'Kind',
    'col.dates': 'Dates',
    'col.status': 'Status',
    'col.enrolled': 'Enrolled',
    'col.completed': 'Completed',
    'col.capacity': 'Capacity',
    'col.source': 'Source',
    'col.envelope': 'Estimate',
    'col.allocated': 'Allocated',
    'col.committed': 'Committed',
    'col.spent': 'Spent',
    'col.settled': 'Settled',
    'col.spentPercent': 'Spent / allocated',
    'col.rank': 'Rank',
    'col.province': 'Province',
    'col.plans': 'Plans',
    'col.forecast': 'Forecast',
    'col.projected': 'Projected at deadline',
    'col.shortfall': 'Shortfall',
    'col.document': 'Document',
    'col.period': 'Period',
    'col.date': 'Date',
    'col.amount': 'Amount',
    'col.line': 'Target line',
    'col.row': 'Row',
    'col.column': 'Column',
    'col.reason': 'Reason',
    'col.code': 'Code',
    'col.name': 'Name',
    'col.validFrom': 'Valid from',
    'col.validTo': 'to',

    'national.title': 'Nationwide',
    'national.subtitle': 'Training progress of the provinces, by programme',
    'national.provinces': '{count} provinces reporting, {plans} plans',
    'national.programmes': 'By programme',
    'national.provincesByStatus': 'Provinces by forecast',
    'national.ranking': 'Provinces ranked',
    'national.rankingCaption': 'Provinces ranked by {order}',
    'national.order': 'Order by',
    'national.order.PROGRESS': 'person-turns achieved (percent)',
    'national.order.STATUS': 'forecast (worst first)',
    'national.order.NAME': 'name',
    'national.programme': 'Programme',
    'national.allProgrammes': 'All programmes',
    'national.chart': 'Person-turns achieved by province (percent of target)',
    'national.drill': 'Details of {name}',
    'national.noPersonalData': 'This page shows totals only: no learner\'s personal data.',
    'national.export': 'Download the nationwide Excel report',

    'tenants.title': 'Provinces on the platform',
    'tenants.caption': 'The provinces (tenants) onboarded',
    'tenants.status.ACTIVE': 'Active',
    'tenants.status.DISABLED': 'Disabled',

    'import.title': 'Import a plan from its text',
    'import.intro': 'Paste the full text of the issued plan (or choose a .txt file). Its targets, budget and period are read; compare each value with the text, then confirm.',
    'import.programme': 'Programme',
    'import.text': 'Plan text',
    'import.file': 'Or choose a text file (.txt, UTF-8)',
    'import.read': 'Read the text',
    'import.reading': 'Reading…',
    'import.review': 'Compare with the text',
    'import.reviewIntro': 'The text is on the left, with what was read highlighted; the values are on the right. Press “show in text” to see where a value comes from. Correct what is needed, then confirm.',
    'import.findings': 'Please check',
    'import.general': 'General',
    'import.lines': 'Target lines',
    'import.lineN': 'Target line {n}',
    'import.budget': 'Budget',
    'import.sourceN': 'Source {n}',
    'import.legalBases': 'Legal basis',
    'import.scope': 'Area',
    'import.showInText': 'show in text',
    'import.confidence.HIGH': 'certain',
    'import.confidence.MEDIUM': 'please check',
    'import.confidence.LOW': 'uncertain',
    'import.notInText': 'not in the text',
    'import.confirm': 'Confirm and create the draft plan',
    'import.confirming': 'Creating…',
    'import.created': 'The draft plan was created.',
    'import.text.label': 'Plan text (what was read is highlighted)',

    'field.title': 'Plan title',
    'field.issuingBody': 'Issued by',
    'field.documentNumber': 'Document number',
    'field.documentDate': 'Issued on',
    'field.periodStart': 'From',
    'field.periodEnd': 'To',
    'field.budgetTotalVnd': 'Total budget (VND)',
    'field.description': 'Description',
    'field.activityKind': 'Activity kind',
    'field.targetGroup': 'Target group',
    'field.cadreLevel': 'Cadre level',
    'field.plannedActivities': 'Activities',
    'field.plannedPersonTurns': 'Person-turns',
    'field.rosterSize': 'Persons on the roster (denominator)',
    'field.coveragePercent': 'Share to train (%)',
    'field.minWomenPercent': 'Minimum women (%)',
    'field.minEthnicMinorityPercent': 'Minimum ethnic minority (%)',
    'field.source': 'Funding source',
    'field.amountVnd': 'Amount (VND)',
    'field.choose': '— choose —',

    'draft.title': 'Draft plan',
    'draft.submit': 'Submit for approval',
    'draft.approve': 'Approve',
    'draft.approvedOn': 'Approved on',
    'draft.approved': 'The plan is approved.',
    'draft.submitted': 'Submitted for approval.',
    'draft.toDashboard': 'See the plan\'s progress',
    'draft.lines': 'Target lines',

    'schedule.title': 'Schedule an activity',
    'schedule.line': 'Target line',
    'schedule.name': 'Name of the class, workshop or tour',
    'schedule.unit': 'Where',
    'schedule.start': 'Start date',
    'schedule.end': 'End date',
    'schedule.capacity': 'Seats',
    'schedule.sessions': 'Sessions',
    'schedule.sessionDate': 'Date',
    'schedule.sessionKind': 'Kind',
    'schedule.sessionTopic': 'Topic',
    'schedule.addSession': 'Add a session',
    'schedule.removeSession': 'Remove session {n}',
    'schedule.trainers': 'Trainers (one per line)',
    'schedule.rules': 'Programme rules: {rules}',
    'schedule.rule.minDurationDays': 'at least {n} days',
    'schedule.rule.minFieldSessions': 'at least {n} field sessions',
    'schedule.rule.minAttendancePercent': 'attendance of at least {n} % of sessions',
    'schedule.submit': 'Schedule',
    'schedule.unitValid': 'valid {from}–{to}',
    'session.THEORY': 'Theory',
    'session.FIELD': 'Field visit, practice',

    'activity.title': 'Activity',
    'activity.status.SCHEDULED': 'Scheduled',
    'activity.status.HELD': 'Held',
    'activity.status.CLOSED': 'Closed',
    'activity.status.CANCELLED': 'Cancelled',
    'activity.seats': '{taken} / {capacity} seats',
    'activity.sessionsRequired': 'At least {n} sessions attended to complete',
    'activity.attendance': 'Attendance sheet',
    'activity.template': 'Download the attendance template (Excel)',
    'activity.upload': 'Upload an attendance sheet',
    'activity.uploadHint': 'Excel (.xlsx, .xls) or CSV in UTF-8, as the template',
    'activity.uploadButton': 'Upload',
    'activity.uploading': 'Importing {percent} %…',
    'activity.report': 'Import of {file}',
    'activity.accepted': 'Rows accepted',
    'activity.rejected': 'Rows rejected',
    'activity.enrolledNow': 'Newly enrolled',
    'activity.alreadyEnrolled': 'Already enrolled',
    'activity.attendanceChanged': 'Attendance marks recorded',
    'activity.rowErrors': 'Rows with errors',
    'activity.rowErrorsCaption': 'Errors by row and column of the uploaded sheet',
    'activity.errorsTruncated': 'Only some of the errors are shown; download the file for all of them.',
    'activity.downloadErrors': 'Download the rejected rows (Excel) to fix them',
    'activity.noErrors': 'No row was rejected.',
    'activity.failure': 'The file could not be imported: {reason}',
    'activity.complete': 'Record completions',
    'activity.completed': 'Completions recorded: {count} persons.',
    'activity.notCompleted': 'Not yet meeting the rule: {count} persons.',
    'activity.hold': 'Mark as held',
    'activity.shares': 'Who attends',
    'activity.warning': 'Warning',
    'activity.plan': 'Plan',
    'activity.toPlan': 'Back to the plan\'s progress',
    'activity.fileRequired': 'Choose a file',

    'budget.title': 'The plan\'s budget',
    'budget.totals': 'Totals',
    'budget.estimate': 'Estimate',
    'budget.available': 'Available to spend',
    'budget.byLine': 'By target line',
    'budget.allocate': 'Record an allocation',
    'budget.decisionNumber': 'Decision number',
    'budget.decisionDate': 'Decision date',
    'budget.allocated': 'The allocation is recorded.',
    'budget.spend': 'Record an expenditure',
    'budget.activity': 'Activity',
    'budget.noActivity': '— not tied to an activity —',
    'budget.documentNumber': 'Voucher number',
    'budget.spentOn': 'Paid on',
    'budget.overrideReason': 'Reason for spending beyond the allocation (province administrator only)',
    'budget.spentSaved': 'The expenditure is recorded.',
    'budget.expenditures': 'Recent expenditures',
    'budget.noExpenditures': 'No expenditure yet.',
    'budget.amountPreview': 'Amount: {amount}',
    'budget.amountInvalid': 'The amount is a whole number of đồng, e.g. 6,889,000,000',

    'kind.TRAINING_CLASS': 'Training class',
    'kind.WORKSHOP': 'Workshop',
    'kind.STUDY_TOUR': 'Study tour',
    'kind.E_LEARNING_COHORT': 'E-learning cohort',
    'group.COMMUNITY': 'Community',
    'group.CADRE': 'Cadres',
    'level.PROVINCE': 'Province level',
    'level.DISTRICT': 'District level',
    'level.COMMUNE': 'Commune level',
    'level.VILLAGE': 'Village level',
    'level.COMMUNITY': 'Community',
    'gender.FEMALE': 'Women',
    'gender.MALE': 'Men',
    'gender.OTHER': 'Other',
    'source.CENTRAL': 'Central budget (recurrent)',
    'source.CENTRAL_INVESTMENT': 'Central budget (investment)',
    'source.PROVINCE': 'Provincial budget',
    'source.DISTRICT': 'District budget',
    'source.COMMUNE': 'Commune budget',
    'source.SOCIAL': 'Social contributions',
    'source.OTHER': 'Other lawful sources',
    'unitLevel.PROVINCE': 'Province',
    'unitLevel.DISTRICT': 'District',
    'unitLevel.COMMUNE': 'Commune',
    'unitLevel.VILLAGE': 'Village',
  },
};

let current = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
const listeners = new Set();

export function lang() {
  return current;
}

export function setLang(next) {
  current = next === 'en' ? 'en' : 'vi';
  localStorage.setItem(LANG_KEY, current);
  document.documentElement.lang = current;
  document.title = t('app.title');
  listeners.forEach(listener => listener(current));
}

export function onLangChange(listener) {
  listeners.add(listener);
}

/** The message `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const template = MESSAGES[current][key] ?? MESSAGES.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Label of an enumerated value: label('kind', 'WORKSHOP'). Unknown values are shown as they are. */
export function label(kind, value) {
  if (value === null || value === undefined) return t('common.none');
  const key = `${kind}.${value}`;
  return MESSAGES[current][key] ?? MESSAGES.vi[key] ?? String(value);
}

/** A message in both languages, for problems found in the browser (shown like the services' own). */
export function inBoth(key) {
  return { message: MESSAGES.vi[key], messageEn: MESSAGES.en[key] };
}

/** A problem's or violation's text in the current language (the APIs give both). */
export function bilingual(vietnamese, english) {
  return current === 'en' ? (english || vietnamese || '') : (vietnamese || english || '');
}

// ---------------------------------------------------------------- formats

const numberFormats = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
const decimalFormats = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

function dash(value) {
  return value === null || value === undefined || value === '' || Number.isNaN(Number(value));
}

/** 7500 → "7.500" (vi) / "7,500" (en). */
export function number(value) {
  return dash(value) ? t('common.none') : numberFormats[current].format(Number(value));
}

/** Whole VND: 6889000000 → "6.889.000.000 ₫". */
export function money(value) {
  return dash(value) ? t('common.none') : `${number(value)}${NBSP}₫`;
}

/** A percentage with one decimal: 80.6 → "80,6 %" (vi) / "80.6%" (en). */
export function percent(value) {
  if (dash(value)) return t('common.none');
  const text = decimalFormats[current].format(Number(value));
  return current === 'vi' ? `${text}${NBSP}%` : `${text}%`;
}

/** A whole percentage as the plans state them: 35 → "35 %" / "35%". */
export function wholePercent(value) {
  if (dash(value)) return t('common.none');
  return current === 'vi' ? `${value}${NBSP}%` : `${value}%`;
}

/** One decimal, no unit (run rates). */
export function decimal(value) {
  return dash(value) ? t('common.none') : decimalFormats[current].format(Number(value));
}

/** ISO date → dd/MM/yyyy in both languages. */
export function date(iso) {
  if (!iso) return t('common.none');
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** yyyy-MM → MM/yyyy. */
export function month(iso) {
  if (!iso) return t('common.none');
  const [y, m] = String(iso).split('-');
  return `${m}/${y}`;
}

/** An instant → "HH:mm:ss dd/MM/yyyy" in the browser's time zone. */
export function dateTime(iso) {
  if (!iso) return t('common.none');
  const value = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())} `
    + `${pad(value.getDate())}/${pad(value.getMonth() + 1)}/${value.getFullYear()}`;
}

/**
 * Reads a date written the Vietnamese way (15/03/2023, 15-3-2023, 15.03.2023) or as ISO (2023-03-15); returns
 * the ISO date, '' when empty, or null when it is not a date.
 */
export function parseDate(text) {
  const value = String(text ?? '').trim();
  if (value === '') return '';
  let day; let monthNumber; let year;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) {
    [, day, monthNumber, year] = match.map(Number);
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    [, year, monthNumber, day] = match.map(Number);
  } else {
    return null;
  }
  const candidate = new Date(Date.UTC(year, monthNumber - 1, day));
  if (candidate.getUTCFullYear() !== year || candidate.getUTCMonth() !== monthNumber - 1 || candidate.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads an amount of đồng typed the way people write it ("6.889.000.000", "6 889 000 000", "6,889,000,000",
 * "6889000000 đ"); null if it is not a whole number.
 */
export function parseMoney(text) {
  const trimmed = String(text ?? '').replace(/(đồng|đ|₫|vnd)/gi, '').trim();
  // digits alone, or groups of three after one separator kind: "1.5" is not 15 đồng
  if (!/^\d+$/.test(trimmed) && !/^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[\s.,\u00a0]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

document.documentElement.lang = current;

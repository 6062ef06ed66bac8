"""Whether a word can be a Chinese person's name: a common surname and a given
name of one or two characters. Entities use it to keep job titles and common
words out of the people facet, bylines to tell a signature from a phrase."""

from __future__ import annotations

# The ~300 commonest surnames (over 95% of people), and the two-character ones.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
    "邝练蔺谈粟幸代母晋鄢"
)
_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容"})
# Third characters that make a word, not a given name (安全感, 高峰会, 文明化).
_NOT_NAME_ENDINGS = frozenset("感会性化者家们员长式型区部委局办厂市县镇")


# How a paper names someone it leaves unnamed: 刘先生, 王女士.
COURTESY_TITLES = ("先生", "女士")


def is_person_name(word: str) -> bool:
    """2–3 characters starting with a common surname (3–4 with a two-character one)."""
    if word.endswith(COURTESY_TITLES):
        return False
    if word[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    if len(word) == 3 and word[2] in _NOT_NAME_ENDINGS:
        return False
    return 2 <= len(word) <= 3 and word[0] in _SURNAMES

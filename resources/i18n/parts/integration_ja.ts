<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DesignerTab</name>
    <message>
        <source>Design from a lesson: %1</source>
        <translation>レッスンからのネットワーク：%1</translation>
    </message>
</context>
<context>
    <name>TrainHandoffPage</name>
    <message>
        <source>Sent: the network is now your design, and the Train tab has the book&apos;s settings. Press Start there.</source>
        <translation>送りました。このネットワークがデザイナーの設計になり、学習タブに本の設定が入りました。学習タブで「学習開始」を押してください。</translation>
    </message>
</context>
</TS>

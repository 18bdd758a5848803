<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>App</name>
        <message>
            <source>Open Model</source>
            <translation>モデルを開く</translation>
        </message>
        <message>
            <source>Could not open the model “%1”:</source>
            <translation>モデル「%1」を開けませんでした：</translation>
        </message>
        <message>
            <source>Model loaded: %1</source>
            <translation>モデルを読み込みました：%1</translation>
        </message>
        <message>
            <source>Unexpected Error</source>
            <translation>予期しないエラー</translation>
        </message>
        <message>
            <source>Something went wrong, but NN Lab is still running. You may want to save your design.</source>
            <translation>問題が発生しましたが、NN Lab は動作を続けています。念のためネットワークを保存してください。</translation>
        </message>
    </context>
    <context>
        <name>DesignDocument</name>
        <message>
            <source>Untitled</source>
            <translation>無題</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>テンプレートから新規作成</translation>
        </message>
        <message>
            <source>The template could not be loaded: %1</source>
            <translation>テンプレートを読み込めませんでした：%1</translation>
        </message>
        <message>
            <source>Load template “%1”</source>
            <translation>テンプレート「%1」の読み込み</translation>
        </message>
        <message>
            <source>Open Design</source>
            <translation>ネットワークを開く</translation>
        </message>
        <message>
            <source>Could not open “%1”.</source>
            <translation>「%1」を開けませんでした。</translation>
        </message>
        <message>
            <source>Save Design As</source>
            <translation>名前を付けてネットワークを保存</translation>
        </message>
        <message>
            <source>Save Design</source>
            <translation>ネットワークの保存</translation>
        </message>
        <message>
            <source>Could not save “%1”: %2</source>
            <translation>「%1」を保存できませんでした：%2</translation>
        </message>
        <message>
            <source>The design “%1” has unsaved changes. Save them?</source>
            <translation>ネットワーク「%1」には保存していない変更があります。保存しますか？</translation>
        </message>
        <message>
            <source>If you don't, NN Lab still restores the design next time, but the file is not updated.</source>
            <translation>保存しなくても次回の起動時にこのネットワークは復元されますが、ファイルは更新されません。</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>NN Lab designs (*.nnlab.json);;JSON files (*.json);;All files (*)</source>
            <translation>NN Lab ネットワーク (*.nnlab.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>ファイルを読めません：%1</translation>
        </message>
        <message>
            <source>It is not a text file (it cannot be read as UTF-8).</source>
            <translation>テキストファイルではありません（UTF-8 として読めません）。</translation>
        </message>
        <message>
            <source>It is not an NN Lab network: it has neither a "layers" list nor "format": "nnlab.network/1".</source>
            <translation>NN Lab のネットワーク定義ではありません（"layers" のリストも "format": "nnlab.network/1" もありません）。</translation>
        </message>
    </context>
    <context>
        <name>DesignerTab</name>
        <message>
            <source>Total: %1 trainable parameters (weights and biases)</source>
            <translation>パラメータ総数：%1（重みとバイアス）</translation>
        </message>
        <message>
            <source>Initial weights (seed 0): blue positive, orange negative, thicker = larger |w|. Click a layer to select it.</source>
            <translation>重みの初期値（seed 0）：青は正、オレンジは負、太いほど |w| が大きい。層をクリックすると選択できます。</translation>
        </message>
        <message>
            <source>One box per layer; its height grows with the size of its output. Click a layer to select it.</source>
            <translation>1 つの箱が 1 つの層です。箱の高さは出力の大きさを表します。層をクリックすると選択できます。</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>元に戻す：%1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>やり直す：%1(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>層の構成</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>問題点</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>プロパティ</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>ネットワーク図</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>テンプレートから新規作成</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>テンプレートから新規作成(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Duplicate Layer</source>
            <translation>層を複製(&amp;D)</translation>
        </message>
        <message>
            <source>Duplicate the selected layer (Ctrl+D)</source>
            <translation>選択した層を複製します（Ctrl+D）</translation>
        </message>
        <message>
            <source>&amp;Remove Layer</source>
            <translation>層を削除(&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected layer (Delete)</source>
            <translation>選択した層を削除します（Delete）</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>上へ移動(&amp;U)</translation>
        </message>
        <message>
            <source>Move the selected layer up (Ctrl+Up)</source>
            <translation>選択した層を上へ移動します（Ctrl+↑）</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>下へ移動(&amp;D)</translation>
        </message>
        <message>
            <source>Move the selected layer down (Ctrl+Down)</source>
            <translation>選択した層を下へ移動します（Ctrl+↓）</translation>
        </message>
    </context>
    <context>
        <name>LayerPalette</name>
        <message>
            <source>Layer palette</source>
            <translation>層パレット</translation>
        </message>
        <message>
            <source>Drag a layer into the stack, or double-click it.</source>
            <translation>層を構成へドラッグするか、ダブルクリックで追加します。</translation>
        </message>
        <message>
            <source>A network ends in exactly one output layer; adding another replaces it.</source>
            <translation>ネットワークの最後には出力層がちょうど 1 つ入ります。別の出力層を追加すると置き換わります。</translation>
        </message>
    </context>
    <context>
        <name>LayerStackModel</name>
        <message>
            <source>The network already ends in %1.</source>
            <translation>ネットワークはすでに %1 で終わっています。</translation>
        </message>
        <message>
            <source>A network has one output layer: %1 replaced %2.</source>
            <translation>出力層は 1 つだけです：%2 を %1 に置き換えました。</translation>
        </message>
        <message>
            <source>Replace %1 with %2</source>
            <translation>%1 を %2 に置き換え</translation>
        </message>
        <message>
            <source>The output layer stays last: %1 was added above it.</source>
            <translation>出力層は常に最後です：%1 はその上に追加しました。</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 を追加</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 を削除</translation>
        </message>
        <message>
            <source>The output layer always stays last.</source>
            <translation>出力層は常に最後に置かれます。</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>%1 を移動</translation>
        </message>
        <message>
            <source>A network has one output layer: it cannot be duplicated.</source>
            <translation>出力層は 1 つだけなので複製できません。</translation>
        </message>
        <message>
            <source>Duplicate %1</source>
            <translation>%1 を複製</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>%2 の %1 を変更</translation>
        </message>
        <message>
            <source>Only an output layer can replace an output layer.</source>
            <translation>出力層を置き換えられるのは出力層だけです。</translation>
        </message>
        <message>
            <source>Change %1 to %2</source>
            <translation>%1 を %2 に変更</translation>
        </message>
        <message>
            <source>Rename network</source>
            <translation>ネットワーク名の変更</translation>
        </message>
        <message>
            <source>Set input shape</source>
            <translation>入力の形状の変更</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメータ数</translation>
        </message>
        <message>
            <source>Layer index (layers.&lt;i&gt; in the parameter names)</source>
            <translation>層の番号（パラメータ名 layers.&lt;i&gt; の i）</translation>
        </message>
        <message>
            <source>Layer type</source>
            <translation>層の種類</translation>
        </message>
        <message>
            <source>The layer's settings</source>
            <translation>層の設定</translation>
        </message>
        <message>
            <source>Shape of the layer's output for one sample</source>
            <translation>1 サンプルに対する層の出力の形状</translation>
        </message>
        <message>
            <source>Trainable parameters: weights and biases</source>
            <translation>学習するパラメータ：重みとバイアス</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>one sample</source>
            <translation>1 サンプル</translation>
        </message>
        <message>
            <source>The input: one sample of this shape (a batch adds a first axis).</source>
            <translation>入力：この形状のサンプル 1 つ（バッチでは先頭に軸が 1 つ加わります）。</translation>
        </message>
        <message>
            <source>%1 unit · %2</source>
            <translation>%1 ユニット · %2</translation>
        </message>
        <message>
            <source>%1 units · %2</source>
            <translation>%1 ユニット · %2</translation>
        </message>
        <message>
            <source>ratio %1</source>
            <translation>比率 %1</translation>
        </message>
        <message>
            <source>momentum %1</source>
            <translation>momentum %1</translation>
        </message>
        <message>
            <source>softmax + cross-entropy</source>
            <translation>ソフトマックス＋交差エントロピー誤差</translation>
        </message>
        <message>
            <source>sigmoid + cross-entropy</source>
            <translation>シグモイド＋交差エントロピー誤差</translation>
        </message>
        <message>
            <source>identity + sum of squares</source>
            <translation>恒等関数＋二乗和誤差</translation>
        </message>
    </context>
    <context>
        <name>LayerStyle</name>
        <message>
            <source>Layers</source>
            <translation>層</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>活性化関数</translation>
        </message>
        <message>
            <source>Regularisation</source>
            <translation>正則化</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力層</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open Recent</source>
            <translation>最近使ったファイル</translation>
        </message>
        <message>
            <source>“%1” no longer exists; it was removed from the list.</source>
            <translation>「%1」はもう存在しないため、一覧から削除しました。</translation>
        </message>
        <message>
            <source>About NN Lab</source>
            <translation>NN Lab について</translation>
        </message>
        <message>
            <source>Learn neural networks from scratch: build a layer stack, step one sample through it forward and backward, train it on MNIST, and draw digits for it to read.</source>
            <translation>ニューラルネットワークをゼロから学ぶアプリです。層を組み立て、1 つのサンプルを順伝播・逆伝播で 1 層ずつ追い、MNIST で学習させ、手描きの数字を読ませてみましょう。</translation>
        </message>
        <message>
            <source>Follows ゼロから作るDeep Learning and the JDLA E資格 curriculum.</source>
            <translation>『ゼロから作るDeep Learning』と JDLA E資格のカリキュラムに沿っています。</translation>
        </message>
        <message>
            <source>MNIST by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0.</source>
            <translation>MNIST：Yann LeCun、Corinna Cortes、Christopher J.C. Burges（CC BY-SA 3.0）。</translation>
        </message>
        <message>
            <source>Restored the design from your last session.</source>
            <translation>前回のネットワークを復元しました。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新規作成(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>全画面表示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About NN Lab</source>
            <translation>NN Lab について(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <source>Designer</source>
            <translation>デザイナー</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>レッスン</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>手描き</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <source>Add layers to see the network here.</source>
            <translation>層を追加すると、ここにネットワークが描かれます。</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>input %1</source>
            <translation>入力 %1</translation>
        </message>
        <message>
            <source>layer %1, unit %2</source>
            <translation>層 %1・ユニット %2</translation>
        </message>
        <message>
            <source>value: %1</source>
            <translation>値：%1</translation>
        </message>
        <message>
            <source>bias b: %1</source>
            <translation>バイアス b：%1</translation>
        </message>
        <message>
            <source>%1 params</source>
            <translation>パラメータ %1</translation>
        </message>
    </context>
    <context>
        <name>PaletteCard</name>
        <message>
            <source>Add %1 to the network</source>
            <translation>%1 をネットワークに追加</translation>
        </message>
        <message>
            <source>Drag into the layer stack, or double-click to add</source>
            <translation>層の構成へドラッグするか、ダブルクリックで追加</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderTab</name>
        <message>
            <source>Lessons: step through a network</source>
            <translation>レッスン：ネットワークを 1 ステップずつ</translation>
        </message>
        <message>
            <source>Walk one sample through a network one layer at a time, forward and backward, with every value and gradient on screen: from the perceptron and the Section 1 example to backpropagation and MNIST.</source>
            <translation>1 つのサンプルを 1 層ずつ順伝播・逆伝播させ、すべての値と勾配を画面で確かめます。パーセプトロンや Section 1 の例から誤差逆伝播法、MNIST まで。</translation>
        </message>
        <message>
            <source>Train on MNIST</source>
            <translation>MNIST で学習</translation>
        </message>
        <message>
            <source>Train your design on the 60,000 handwritten digits of MNIST with SGD, Momentum, AdaGrad or Adam while the window stays responsive: live loss and accuracy curves, pause and stop, and a guard against divergence.</source>
            <translation>作ったネットワークを MNIST の手書き数字 60,000 枚で、SGD・Momentum・AdaGrad・Adam を使って学習させます。損失と精度のグラフがリアルタイムで伸び、一時停止・停止ができ、発散も検知します。学習中も画面は固まりません。</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>数字を描く</translation>
        </message>
        <message>
            <source>Draw a digit with the mouse and watch the trained network read it: the 28×28 image it actually sees and the probability of every class.</source>
            <translation>マウスで数字を描くと、学習済みのネットワークがそれを読み取ります。ネットワークが実際に見る 28×28 の画像と、各クラスの確率を表示します。</translation>
        </message>
        <message>
            <source>This tab is coming in the next update. Meanwhile, build a network in the Designer.</source>
            <translation>このタブは次のアップデートで追加されます。それまではデザイナーでネットワークを組み立ててみてください。</translation>
        </message>
    </context>
    <context>
        <name>ProblemsList</name>
        <message>
            <source>No problems: this network can be built and trained.</source>
            <translation>問題はありません。このネットワークは構築・学習できます。</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Layer %1 (%2)</source>
            <translation>層 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>Layer %1: %2</source>
            <translation>層 %1：%2</translation>
        </message>
        <message>
            <source>Unknown layer type: remove it or pick a type below.</source>
            <translation>不明な層の種類です。削除するか、下で種類を選んでください。</translation>
        </message>
        <message>
            <source>The file's value %1 is not allowed here: choose a new one.</source>
            <translation>ファイルの値 %1 は使えません。新しい値を選んでください。</translation>
        </message>
        <message>
            <source>He (for ReLU)</source>
            <translation>He（ReLU 向け）</translation>
        </message>
        <message>
            <source>Xavier (for sigmoid, tanh)</source>
            <translation>Xavier（シグモイド・tanh 向け）</translation>
        </message>
        <message>
            <source>Gaussian, σ = 0.01</source>
            <translation>ガウス分布 σ = 0.01</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Tips: drag rows to reorder them · Delete removes a layer · Ctrl+D duplicates it · Ctrl+Z undoes any edit.</source>
            <translation>ヒント：行をドラッグすると並べ替えられます · Delete で層を削除 · Ctrl+D で複製 · Ctrl+Z でどの編集も元に戻せます。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Input shape</source>
            <translation>入力の形状</translation>
        </message>
        <message>
            <source>e.g. 784</source>
            <translation>例：784</translation>
        </message>
        <message>
            <source>Numbers per sample: 784 for MNIST as a vector, 1×28×28 as an image.</source>
            <translation>1 サンプルの大きさ：MNIST をベクトルとして扱うなら 784、画像として扱うなら 1×28×28。</translation>
        </message>
        <message>
            <source>Select a layer in the stack to edit its settings.</source>
            <translation>層の構成で層を選ぶと、ここで設定を変更できます。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>ユニット数</translation>
        </message>
        <message>
            <source>Weight init</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <source>Slope α</source>
            <translation>傾き α</translation>
        </message>
        <message>
            <source>Drop ratio</source>
            <translation>消去する割合</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>モーメンタム</translation>
        </message>
        <message>
            <source>Number of neurons (outputs) of this layer</source>
            <translation>この層のニューロン（出力）の数</translation>
        </message>
        <message>
            <source>Slope for negative inputs, 0 ≤ α &lt; 1</source>
            <translation>負の入力に対する傾き（0 ≤ α &lt; 1）</translation>
        </message>
        <message>
            <source>Fraction of units dropped while training</source>
            <translation>学習中に消去するユニットの割合</translation>
        </message>
        <message>
            <source>How slowly the running mean and variance follow the batches</source>
            <translation>推論用の平均・分散がバッチにどれだけゆっくり追従するか</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Section 1: input → hidden layer (4-3)</source>
            <translation>Section 1：入力層 → 中間層（4-3）</translation>
        </message>
        <message>
            <source>Three-layer network (2-3-2-2)</source>
            <translation>3 層ニューラルネットワーク（2-3-2-2）</translation>
        </message>
        <message>
            <source>XOR (2-2-1, sigmoid)</source>
            <translation>XOR（2-2-1、シグモイド）</translation>
        </message>
        <message>
            <source>MNIST MLP (784-100-10)</source>
            <translation>MNIST 多層パーセプトロン（784-100-10）</translation>
        </message>
        <message>
            <source>Deeper MNIST MLP (784-256-128-10)</source>
            <translation>より深い MNIST 多層パーセプトロン（784-256-128-10）</translation>
        </message>
    </context>
</TS>
